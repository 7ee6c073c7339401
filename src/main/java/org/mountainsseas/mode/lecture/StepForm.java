package org.mountainsseas.mode.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mountainsseas.data.TextPolicy;
import org.mountainsseas.data.TourTexts;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Viewport;

/**
 * The tour editor's form for one step: title and caption in Chinese and English (either may be
 * left empty, not both; {@link TourTexts}' rules, with the reason next to the field in the user's
 * language), its sources, and how its camera is kept. What the step shows on the map comes from a
 * {@link Capture}: the view when it was added (or retaken), or the step being edited.
 */
final class StepForm extends VBox {
    /**
     * What a step shows, apart from its words: kept from the map, or from the step being edited
     * (whose speaker notes, written in the tour file, are kept too; null for none).
     */
    record Capture(Viewport view, List<String> selection, Tour.Highlight highlight, Integer year,
                   StepCapture.CameraChoice choice, List<String> chart, String id, org.mountainsseas.model.Text notes) {
        static Capture of(Tour.Step s) {
            Tour.Camera c = s.camera();
            Viewport v = c.kind() == Tour.Camera.Kind.POINT ? new Viewport(c.lat(), c.lon(), c.zoom(), 0, 0) : null;
            List<String> selection = c.kind() == Tour.Camera.Kind.FIT ? c.fit() : s.highlight().counties();
            StepCapture.CameraChoice choice = switch (c.kind()) {
                case FIT -> StepCapture.CameraChoice.FIT;
                case HOME -> StepCapture.CameraChoice.HOME;
                case CHINA -> StepCapture.CameraChoice.CHINA;
                default -> StepCapture.CameraChoice.VIEW;
            };
            return new Capture(v, selection, s.highlight(), s.year(), choice, s.chart(), s.id(), s.notes());
        }

        /** The same capture with a step's chart and speaker notes kept (a retaken view keeps them). */
        Capture keeping(Capture was) {
            return new Capture(view, selection, highlight, year, choice, was.chart, id, was.notes);
        }
    }

    private final AppState state;
    private final Label heading = new Label();
    private final TextField titleZh = field("form-title-zh");
    private final TextField titleEn = field("form-title-en");
    private final TextArea captionZh = area("form-caption-zh");
    private final TextArea captionEn = area("form-caption-en");
    private final Label titleZhMessage = message("form-title-zh-message");
    private final Label titleEnMessage = message("form-title-en-message");
    private final Label captionZhMessage = message("form-caption-zh-message");
    private final Label captionEnMessage = message("form-caption-en-message");
    private final Label sourcesMessage = message("form-sources-message");
    private final ListView<String> sources = new ListView<>();
    private final ComboBox<Source> addSource = new ComboBox<>();
    private final ChoiceBox<StepCapture.CameraChoice> camera = new ChoiceBox<>();
    private final Label shows = new Label();
    private final Button commit = new Button();
    private final Button retake = new Button();
    private final Button cancel = new Button();
    private final javafx.util.Subscription languageSubscription;
    private Capture capture;
    private boolean adding;

    StepForm(AppState state, Consumer<Tour.Step> onCommit, Runnable onRetake, Runnable onCancel) {
        this.state = state;
        getStyleClass().add("step-form");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        heading.getStyleClass().add("step-form-heading");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        // the labels keep their width; the fields take what is left
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints languages = new ColumnConstraints();
        languages.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, languages, fields);
        int row = 0;
        grid.add(label("tours.form.title"), 0, row);
        row = pair(grid, row, titleZh, titleZhMessage, titleEn, titleEnMessage);
        grid.add(label("tours.form.caption"), 0, row);
        row = pair(grid, row, captionZh, captionZhMessage, captionEn, captionEnMessage);
        grid.add(label("tours.form.sources"), 0, row);
        sources.setId("form-sources");
        sources.setPrefHeight(80);
        sources.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                Source s = empty || id == null ? null : state.dataset().source(id);
                setText(empty || id == null ? null : s == null ? id : id + " · " + sourceLine(s));
            }
        });
        addSource.setId("form-add-source");
        addSource.promptTextProperty().bind(state.tr("tours.form.sources.add"));
        addSource.setItems(FXCollections.observableArrayList(state.dataset().sources()));
        addSource.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : s.id() + " · " + sourceLine(s);
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        addSource.setMaxWidth(Double.MAX_VALUE);
        addSource.setOnAction(e -> {
            Source s = addSource.getValue();
            if (s != null && !sources.getItems().contains(s.id())) {
                sources.getItems().add(s.id());
            }
            javafx.application.Platform.runLater(() -> addSource.getSelectionModel().clearSelection());
        });
        Button clear = button("tours.form.sources.clear", e -> sources.getItems().clear());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox sourceTools = new HBox(6, addSource, clear);
        HBox.setHgrow(addSource, Priority.ALWAYS);
        grid.add(new VBox(2, sources, sourceTools, sourcesMessage), 1, row, 2, 1);
        row++;
        grid.add(label("tours.form.camera"), 0, row);
        camera.setId("form-camera");
        camera.getItems().setAll(StepCapture.CameraChoice.values());
        grid.add(camera, 1, row, 2, 1);
        row++;
        shows.setId("form-shows");
        shows.setWrapText(true);
        grid.add(shows, 1, row, 2, 1);
        commit.setId("form-commit");
        commit.setDefaultButton(false);
        commit.setOnAction(e -> {
            Tour.Step step = build();
            if (step != null) {
                onCommit.accept(step);
            }
        });
        retake.setId("form-retake");
        retake.textProperty().bind(state.tr("tours.form.retake"));
        retake.setOnAction(e -> onRetake.run());
        cancel.setId("form-cancel");
        cancel.textProperty().bind(state.tr("tours.form.cancel"));
        cancel.setOnAction(e -> onCancel.run());
        Label both = new Label();
        both.textProperty().bind(state.tr("tours.form.both"));
        both.setWrapText(true);
        both.getStyleClass().add("tour-hint");
        getChildren().addAll(heading, both, grid, new HBox(8, commit, retake, cancel));
        // a new converter makes the choice box say its items again in the new language
        languageSubscription = state.languageProperty().subscribe(l -> camera.setConverter(cameraNames()));
    }

    private StringConverter<StepCapture.CameraChoice> cameraNames() {
        return new StringConverter<>() {
            @Override
            public String toString(StepCapture.CameraChoice c) {
                return c == null ? "" : state.text("tours.form.camera." + c.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public StepCapture.CameraChoice fromString(String s) {
                return null;
            }
        };
    }

    /** Stops following the language. */
    void dispose() {
        languageSubscription.unsubscribe();
    }

    private static String sourceLine(Source s) {
        String t = s.title().length() > 60 ? s.title().substring(0, 59) + "…" : s.title();
        return (s.publisher() == null ? "" : s.publisher() + " · ") + t;
    }

    /** Fills the form for a new step from {@code c}, with a suggested title and the sources of what it lights. */
    void startNew(Capture c, Text suggestedTitle, List<String> suggestedSources) {
        adding = true;
        heading.textProperty().bind(state.tr("tours.form.new"));
        commit.textProperty().bind(state.tr("tours.form.addStep"));
        fillTexts(suggestedTitle, null);
        sources.getItems().setAll(suggestedSources);
        setCapture(c);
    }

    /** Fills the form with step {@code number} (1-based) for editing. */
    void edit(int number, Tour.Step step) {
        adding = false;
        heading.textProperty().bind(state.trf("tours.form.edit", number));
        commit.textProperty().bind(state.tr("tours.form.apply"));
        fillTexts(step.title(), step.caption());
        sources.getItems().setAll(step.sources());
        setCapture(Capture.of(step));
    }

    /** Replaces what the step shows on the map (Retake this view); the words stay. */
    void setCapture(Capture c) {
        capture = c;
        camera.setValue(c.choice());
        Tour.Highlight h = c.highlight();
        shows.textProperty().bind(state.trf("tours.form.shows", c.year() == null ? state.text("tours.form.today") : String.valueOf(c.year()),
                h.counties().size(), h.pairings().size(), h.enclaves().size()));
        clearMessages();
    }

    boolean adding() {
        return adding;
    }

    Capture capture() {
        return capture;
    }

    private void fillTexts(Text title, Text caption) {
        String[] t = title == null ? new String[] {"", ""} : TourTexts.toFields(title);
        String[] c = caption == null ? new String[] {"", ""} : TourTexts.toFields(caption);
        titleZh.setText(t[0]);
        titleEn.setText(t[1]);
        captionZh.setText(c[0]);
        captionEn.setText(c[1]);
    }

    /** The step the form describes, or null after showing why not next to the fields at fault. */
    Tour.Step build() {
        clearMessages();
        boolean ok = check("title", titleZh, titleZhMessage, titleEn, titleEnMessage);
        ok &= check("caption", captionZh, captionZhMessage, captionEn, captionEnMessage);
        if (sources.getItems().isEmpty()) {
            sourcesMessage.setText(state.text("tours.form.noSource"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Tour.Camera cam = StepCapture.camera(camera.getValue(), capture.view(), capture.selection());
        return new Tour.Step(capture.id(), TourTexts.fromFields(titleZh.getText(), titleEn.getText()),
                TourTexts.fromFields(captionZh.getText(), captionEn.getText()), cam, capture.highlight(),
                List.copyOf(sources.getItems()), capture.year(), capture.chart(), capture.notes());
    }

    private boolean check(String field, TextInputControl zh, Label zhMessage, TextInputControl en, Label enMessage) {
        boolean ok = true;
        for (boolean isZh : new boolean[] {true, false}) {
            TextInputControl input = isZh ? zh : en;
            TextPolicy.Refusal r = TourTexts.refusal(field, isZh, input.getText());
            if (r != null) {
                (isZh ? zhMessage : enMessage).setText(say(r));
                ok = false;
            }
        }
        if (ok && TourTexts.fromFields(zh.getText(), en.getText()) == null) {
            zhMessage.setText(state.text("tours.form.both"));
            ok = false;
        }
        return ok;
    }

    private String say(TextPolicy.Refusal r) {
        return switch (r.kind()) {
            case TOO_LONG -> state.format("tours.form.tooLong", r.value(), r.at());
            case CONTROL -> state.format("tours.form.control", r.codePoint(), r.at());
            case BIDI -> state.format("tours.form.bidi", r.codePoint(), r.at());
            case COMBINING -> state.format("tours.form.combining", r.value(), r.at());
        };
    }

    private void clearMessages() {
        for (Label l : List.of(titleZhMessage, titleEnMessage, captionZhMessage, captionEnMessage, sourcesMessage)) {
            l.setText("");
        }
    }

    /** The messages shown now, for tests. */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        for (Label l : List.of(titleZhMessage, titleEnMessage, captionZhMessage, captionEnMessage, sourcesMessage)) {
            if (!l.getText().isEmpty()) {
                out.add(l.getText());
            }
        }
        return out;
    }

    private int pair(GridPane grid, int row, TextInputControl zh, Label zhMessage, TextInputControl en, Label enMessage) {
        grid.add(small("tours.form.zh"), 1, row);
        grid.add(new VBox(1, zh, zhMessage), 2, row);
        grid.add(small("tours.form.en"), 1, row + 1);
        grid.add(new VBox(1, en, enMessage), 2, row + 1);
        return row + 2;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(state.tr(key));
        l.getStyleClass().add("step-form-label");
        return l;
    }

    private Label small(String key) {
        Label l = new Label();
        l.textProperty().bind(state.tr(key));
        return l;
    }

    private Button button(String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button();
        b.textProperty().bind(state.tr(key));
        b.setOnAction(action);
        return b;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static Label message(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("field-message");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
