package org.mountainsseas.mode.lecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.io.OwnTours;
import org.mountainsseas.io.WriteFailure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * Lists the bundled tours and the teacher's own ({@link OwnTours}), read off the FX thread, and
 * opens one to present or to edit; makes a new tour, copies one as the teacher's own, renames one.
 * An own-tour file that does not read has been moved aside by {@link OwnTours#list}: the picker
 * says so, naming the file and the problem, and lists the others.
 */
public final class TourPicker extends BorderPane {
    /** A tour in the list: bundled ({@code own} null) or the teacher's own, by name. */
    public record Choice(Tour tour, String own) {
    }

    private final TourTools tools;
    private final AppState state;
    private final ListView<Choice> list = new ListView<>();
    private final VBox notices = new VBox(4);
    private final Label folder = new Label();
    private final Subscription subscription;
    private Set<String> ownNames = Set.of();
    private List<OwnTours.Damaged> damaged = List.of();
    private Runnable loaded = () -> { };
    /** Why the last rename could not be saved, or null. */
    private String failure;

    public TourPicker(TourTools tools) {
        this.tools = tools;
        this.state = tools.state();
        list.setId("tour-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.tour().title().get(state.language()) + "\n    "
                        + state.text(c.own() == null ? "tours.bundled" : "tours.own") + " · "
                        + state.format("tours.steps", c.tour().steps().size()));
            }
        });
        list.setPlaceholder(new Label(state.text("tours.picker.loading")));
        notices.setId("tour-notices");
        folder.setId("tour-folder");
        folder.setWrapText(true);
        folder.getStyleClass().add("tour-hint");
        Button present = TourControls.button(state, "tour-list-present", "tours.present", e -> present());
        Button edit = TourControls.button(state, "tour-list-edit", "tours.edit", e -> edit());
        Button create = TourControls.button(state, "tour-list-new", "tours.new", e -> create());
        Button copy = TourControls.button(state, "tour-list-copy", "tours.duplicate", e -> copy());
        Button rename = TourControls.button(state, "tour-list-rename", "tours.rename", e -> rename());
        var none = list.getSelectionModel().selectedItemProperty().isNull();
        present.disableProperty().bind(none);
        copy.disableProperty().bind(none);
        var notOwn = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Choice c = list.getSelectionModel().getSelectedItem();
            return c == null || c.own() == null;
        }, list.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(notOwn);
        rename.disableProperty().bind(notOwn);
        FlowPane buttons = new FlowPane(6, 6, present, edit, copy, rename, create);
        VBox bottom = new VBox(8, notices, buttons, folder);
        bottom.setPadding(new Insets(8, 12, 12, 12));
        setCenter(list);
        setBottom(bottom);
        BorderPane.setMargin(list, new Insets(12, 12, 0, 12));
        subscription = state.languageProperty().subscribe((a, b) -> {
            list.refresh();
            showNotices();
        });
        refresh();
    }

    /** Opens the picker in its own window. */
    public static Stage show(Window owner, TourTools tools) {
        TourPicker picker = new TourPicker(tools);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(tools.state().tr("tours.picker.title"));
        stage.setScene(TourControls.scene(picker, 560, 480));
        stage.setOnHidden(e -> picker.dispose());
        stage.show();
        return stage;
    }

    /** The tours listed now (for tests). */
    public List<Choice> choices() {
        return List.copyOf(list.getItems());
    }

    /** Runs {@code r} on the FX thread each time a listing has been shown (for tests). */
    public void onLoaded(Runnable r) {
        loaded = r;
    }

    /** Reads the tours again, off the FX thread. */
    public void refresh() {
        var data = state.dataset();
        tools.io().execute(() -> {
            TourReader reader = new TourReader(data);
            List<Choice> all = new ArrayList<>();
            for (String name : TourReader.BUNDLED) {
                try {
                    all.add(new Choice(reader.readBundled(name), null));
                } catch (LoadException e) {
                    // a bundled tour is checked by the build's tests; one that fails here is left out of the list
                }
            }
            OwnTours.Listing own = tools.store().list(reader);
            own.tours().forEach(t -> all.add(new Choice(t.tour(), t.name())));
            Platform.runLater(() -> shown(all, own));
        });
    }

    private void shown(List<Choice> all, OwnTours.Listing own) {
        Choice was = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(all);
        Set<String> names = new HashSet<>();
        own.tours().forEach(t -> names.add(t.name()));
        ownNames = names;
        // a file moved aside stays reported until the window closes
        List<OwnTours.Damaged> d = new ArrayList<>(damaged);
        d.addAll(own.damaged());
        damaged = d;
        showNotices();
        folder.setText(state.format("tours.folder", tools.store().folder()));
        Choice again = was == null ? null
                : all.stream().filter(c -> c.tour().file().equals(was.tour().file())).findFirst().orElse(null);
        if (again != null) {
            list.getSelectionModel().select(again);
        } else if (!all.isEmpty()) {
            list.getSelectionModel().select(all.size() - 1);
        }
        loaded.run();
    }

    private void showNotices() {
        notices.getChildren().clear();
        if (failure != null) {
            notices.getChildren().add(new Label(failure));
            failure = null;
        }
        for (OwnTours.Damaged d : damaged) {
            Label l = new Label(d.keptAs() == null ? state.format("tours.unreadable", d.fileName(), d.problem())
                    : state.format("tours.damaged", d.fileName(), d.keptAs().getFileName(), d.problem()));
            l.setWrapText(true);
            l.getStyleClass().add("tour-damaged");
            notices.getChildren().add(l);
        }
    }

    /** The notices shown now (for tests). */
    public List<String> notices() {
        return notices.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void present() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            close();
            tools.present().present(c.tour(), 0);
        }
    }

    /** Opens the selected own tour in the editor. */
    public Stage edit() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c == null || c.own() == null) {
            return null;
        }
        return openEditor(new TourDraft(c.own(), c.tour()));
    }

    private void create() {
        var dialog = Dialogs.textInput(state.language(), state.text("tours.new"), state.text("tours.new.header"), "");
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 300).ifPresent(this::create);
    }

    /** Starts a new own tour called {@code title} in the editor (saved from its first step). */
    public Stage create(String title) {
        return openEditor(new TourDraft(OwnTours.freeName(title, ownNames), Text.same(title)));
    }

    /** Copies the selected tour as a new own tour and opens it in the editor. */
    public Stage copy() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            return null;
        }
        Text t = c.tour().title();
        Text title = Text.of(Messages.format(Language.ZH, "tours.copyOf", t.zh()), Messages.format(Language.EN, "tours.copyOf", t.en()));
        String name = OwnTours.freeName(t.en(), ownNames);
        return openEditor(new TourDraft(name, new Tour(name + ".json", title, c.tour().chapters())));
    }

    private void rename() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c == null || c.own() == null) {
            return;
        }
        var dialog = Dialogs.textInput(state.language(), state.text("tours.rename"), state.text("tours.rename.header"),
                c.tour().title().get(state.language()));
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 300).ifPresent(s -> {
            Tour renamed = new Tour(c.tour().file(), Text.same(s), c.tour().chapters());
            tools.io().execute(() -> {
                try {
                    tools.store().save(c.own(), renamed);
                } catch (java.io.IOException e) {
                    // the listing below still shows the old title, which is what is on disk
                    String why = state.format(WriteFailure.of(e).key(), tools.store().file(c.own()), WriteFailure.detail(e));
                    Platform.runLater(() -> failure = why);
                }
                Platform.runLater(this::refresh);
            });
        });
    }

    private Stage openEditor(TourDraft draft) {
        Window owner = getScene() == null || getScene().getWindow() == null ? null : getScene().getWindow();
        Window main = owner instanceof Stage s && s.getOwner() != null ? s.getOwner() : owner;
        close();
        return TourEditor.show(main, tools, draft);
    }

    private void close() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    public void dispose() {
        subscription.unsubscribe();
    }

}
