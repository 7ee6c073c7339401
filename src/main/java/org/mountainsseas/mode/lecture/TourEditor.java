package org.mountainsseas.mode.lecture;

import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.io.WriteFailure;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Spotlight;

/**
 * Makes a tour from views of the map: "Add this view as a step" keeps what the explorer shows
 * ({@link StepCapture}) and asks for the words ({@link StepForm}); steps are reordered by drag or
 * Alt+↑/↓, deleted, shown on the map, and presented. Every change is saved at once, atomically and
 * off the FX thread ({@link TourTools#io()}), so nothing is lost if the app stops mid-edit.
 */
public final class TourEditor extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final TourTools tools;
    private final AppState state;
    private final TourDraft draft;
    private final ListView<TourDraft.Entry> list = new ListView<>();
    private final StepForm form;
    private final Label status = new Label();
    private final Label empty = new Label();
    private final StackPane right;
    private final javafx.scene.control.ScrollPane formPane;
    private final Subscription subscriptions;
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);
    /** Where the step being added goes. */
    private int insertAt;

    public TourEditor(TourTools tools, TourDraft draft) {
        this.tools = tools;
        this.state = tools.state();
        this.draft = draft;
        getStyleClass().add("tour-editor");
        form = new StepForm(state, this::commit, this::retake, this::cancelForm);
        formPane = new javafx.scene.control.ScrollPane(form);
        list.setId("tour-steps");
        list.setItems(draft.entries());
        list.setPrefWidth(300);
        list.setCellFactory(v -> new StepCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        empty.setId("tour-empty");
        empty.textProperty().bind(state.tr("tours.editor.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        empty.setAlignment(Pos.TOP_LEFT);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setMaxHeight(Double.MAX_VALUE);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        right = new StackPane(empty);
        formPane.setFitToWidth(true);
        Label title = new Label();
        title.setId("tour-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> draft.title().get(state.language()), draft.titleProperty(), state.languageProperty()));
        title.getStyleClass().add("tour-title");
        Button rename = TourControls.button(state, "tour-rename", "tours.rename", e -> rename());
        status.setId("tour-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, title, rename, gap, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 12, 8, 12));
        Button add = TourControls.button(state, "tour-add", "tours.editor.add", e -> addThisView());
        add.setTooltip(TourControls.tip(state, "tours.editor.add.tip"));
        add.setDefaultButton(false);
        add.getStyleClass().add("tour-add");
        Button preview = TourControls.button(state, "tour-preview", "tours.editor.preview", e -> preview());
        Button up = TourControls.button(state, "tour-up", "tours.editor.up", e -> move(-1));
        up.setTooltip(TourControls.tip(state, "tours.editor.up.tip"));
        Button down = TourControls.button(state, "tour-down", "tours.editor.down", e -> move(1));
        down.setTooltip(TourControls.tip(state, "tours.editor.down.tip"));
        Button delete = TourControls.button(state, "tour-delete", "tours.editor.delete", e -> delete());
        Button present = TourControls.button(state, "tour-present", "tours.editor.present", e -> present());
        var none = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        for (Button b : List.of(preview, up, down, delete, present)) {
            b.disableProperty().bind(none);
        }
        javafx.scene.layout.FlowPane stepTools = new javafx.scene.layout.FlowPane(6, 6, preview, up, down, delete, present);
        VBox left = new VBox(6, list, add, stepTools);
        left.setPrefWidth(330);
        left.setMinWidth(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 8, 12));
        setTop(top);
        setLeft(left);
        setCenter(right);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showSelected());
        draft.entries().addListener((ListChangeListener<TourDraft.Entry>) c -> save());
        subscriptions = Subscription.combine(draft.titleProperty().subscribe((a, b) -> save()), form::dispose,
                state.languageProperty().subscribe((a, b) -> list.refresh()));
        if (draft.size() > 0) {
            list.getSelectionModel().select(0);
            // a copied tour becomes the teacher's own at once, not at its first change
            save();
        }
    }

    /** Opens the editor in its own window beside the explorer; closing it saves nothing more and lets go of the state. */
    public static Stage show(Window owner, TourTools tools, TourDraft draft) {
        TourEditor editor = new TourEditor(tools, draft);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> tools.state().format("tours.editor.title", draft.title().get(tools.state().language())),
                draft.titleProperty(), tools.state().languageProperty()));
        stage.setScene(TourControls.scene(editor, 1040, 680));
        stage.setOnHidden(e -> editor.dispose());
        stage.show();
        return stage;
    }

    public TourDraft draft() {
        return draft;
    }

    /** The latest save, done when it is on disk (for tests and for closing). */
    public CompletableFuture<Void> lastSave() {
        return lastSave;
    }

    StepForm form() {
        return form;
    }

    // Commands

    /** Keeps the explorer's view as a new step after the selected one; the form asks for its words. */
    public void addThisView() {
        insertAt = list.getSelectionModel().getSelectedIndex() + 1;
        if (insertAt <= 0) {
            insertAt = draft.size();
        }
        List<String> selection = List.copyOf(state.selection());
        StepForm.Capture c = capture(draft.freeId());
        form.startNew(c, StepCapture.suggestedTitle(state.dataset(), selection, draft.size() + 1),
                StepCapture.sources(state.dataset(), c.highlight()));
        right.getChildren().setAll(scroll());
    }

    private StepForm.Capture capture(String id) {
        List<String> selection = List.copyOf(state.selection());
        Tour.Highlight h = StepCapture.highlight(state.dataset(), selection, state.spotlight(), state.year());
        return new StepForm.Capture(state.viewportProperty().get(), selection, h, state.year(),
                StepCapture.CameraChoice.VIEW, List.of(), id, null);
    }

    private void retake() {
        StepForm.Capture was = form.capture();
        form.setCapture(capture(was.id()).keeping(was));
    }

    private void commit(Tour.Step step) {
        if (form.adding()) {
            draft.add(insertAt, step);
            list.getSelectionModel().clearAndSelect(Math.min(insertAt, draft.size() - 1));
        } else {
            int i = list.getSelectionModel().getSelectedIndex();
            draft.replace(i, step);
            list.getSelectionModel().clearAndSelect(i);
        }
        showSelected();
    }

    private void cancelForm() {
        showSelected();
    }

    /** Shows the selected step on the explorer's map, as the lecture will (its camera, year and highlights). */
    public void preview() {
        int i = list.getSelectionModel().getSelectedIndex();
        Tour tour = draft.toTour();
        if (i >= 0 && tour != null) {
            new TourState(state, tour).goTo(i);
        }
    }

    /** Moves the selected step by {@code delta} places and keeps it selected. */
    public void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0 && draft.moveTo(i, i + delta)) {
            list.getSelectionModel().clearAndSelect(Math.max(0, Math.min(draft.size() - 1, i + delta)));
        }
    }

    private void delete() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            draft.remove(i);
            list.getSelectionModel().clearAndSelect(Math.min(i, draft.size() - 1));
            showSelected();
        }
    }

    private void present() {
        int i = list.getSelectionModel().getSelectedIndex();
        Tour tour = draft.toTour();
        if (i >= 0 && tour != null) {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
            tools.present().present(tour, i);
        }
    }

    private void rename() {
        var dialog = Dialogs.textInput(state.language(), state.text("tours.rename"), state.text("tours.rename.header"),
                draft.title().get(state.language()));
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 300).ifPresent(s -> draft.rename(Text.same(s)));
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
        } else if (e.getCode() == KeyCode.ENTER) {
            preview();
        } else {
            return;
        }
        e.consume();
    }

    private void showSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0 || i >= draft.size()) {
            right.getChildren().setAll(empty);
            return;
        }
        form.edit(i + 1, draft.entries().get(i).step());
        right.getChildren().setAll(scroll());
    }

    private javafx.scene.Node scroll() {
        return formPane;
    }

    /** Writes the tour as it stands, after any write already queued. A tour with no step yet is not written. */
    private void save() {
        Tour tour = draft.toTour();
        if (tour == null) {
            return;
        }
        status.setText(state.text("tours.editor.saving"));
        String name = draft.name();
        lastSave = lastSave.handle((r, e) -> null).thenRunAsync(() -> {
            try {
                tools.store().save(name, tour);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, tools.io());
        lastSave.whenComplete((r, e) -> Platform.runLater(() -> saved(e)));
    }

    private void saved(Throwable error) {
        if (error == null) {
            status.setText(state.format("tours.editor.saved", LocalTime.now().format(TIME)));
            return;
        }
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        cause = cause instanceof java.io.UncheckedIOException && cause.getCause() != null ? cause.getCause() : cause;
        String file = tools.store().file(draft.name()).toString();
        status.setText(state.format("tours.editor.notSaved",
                state.format(WriteFailure.of(cause).key(), file, WriteFailure.detail(cause))));
    }

    /** Lets go of the state: the spotlight a preview left, and what this editor follows. */
    public void dispose() {
        subscriptions.unsubscribe();
        if (state.mode() != org.mountainsseas.state.AppMode.LECTURE) {
            state.spotlight(Spotlight.NONE);
        }
    }



    /** A step as a line: its number and title, and below, its chapter and year; dragged to reorder. */
    private final class StepCell extends ListCell<TourDraft.Entry> {
        StepCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof StepCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = getItem() == null ? draft.size() - 1 : getIndex();
                    done = draft.moveTo(from, to);
                    if (done) {
                        list.getSelectionModel().clearAndSelect(Math.min(to, draft.size() - 1));
                    }
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(TourDraft.Entry entry, boolean isEmpty) {
            super.updateItem(entry, isEmpty);
            if (isEmpty || entry == null) {
                setText(null);
                return;
            }
            Tour.Step s = entry.step();
            String year = s.year() == null ? "" : " · " + s.year();
            setText((getIndex() + 1) + ". " + s.title().get(state.language()) + "\n    "
                    + entry.chapterTitle().get(state.language()) + year);
        }
    }
}
