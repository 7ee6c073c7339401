package org.mountainsseas.mode.lecture;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.io.WriteFailure;
import org.mountainsseas.state.AppState;

/**
 * The lecture's Export menu: the current step as a PNG, the whole tour as a folder of PNGs or as
 * one PDF, each at 1920×1080, 3840×2160 or a custom size, as an MP4 video at 1280×720 or
 * 1920×1080 and 25 or 30 frames a second, or as a looping GIF at 640×360 or 960×540 and 10 frames a second. While an export runs, the bar shows its progress and a
 * Cancel button; a failed export says why (no permission, a full disk …) in the user's language.
 */
final class LectureExportMenu {
    /** An animated GIF's frame rate: smooth enough for a camera flight, small enough to share. */
    static final int GIF_FPS = 10;
    private final AppState state;
    private final LectureView view;
    private final Atlas atlas;
    private final Map<String, List<double[]>> outlines;
    private final Scene scene;
    private final MenuButton menu = new MenuButton();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button();
    private final HBox status = new HBox(8, message, bar, cancel);
    private javafx.concurrent.Task<Integer> running;

    LectureExportMenu(AppState state, LectureView view, Atlas atlas, Map<String, List<double[]>> outlines, Scene scene) {
        this.state = state;
        this.view = view;
        this.atlas = atlas;
        this.outlines = outlines;
        this.scene = scene;
        menu.setId("lecture-export");
        menu.textProperty().bind(state.tr("lecture.export"));
        menu.setFocusTraversable(false);
        menu.getItems().addAll(item("lecture.export.view", TourExport.Format.PNG_FILE),
                item("lecture.export.pngs", TourExport.Format.PNG_FOLDER),
                item("lecture.export.pdf", TourExport.Format.PDF), videoItem(), gifItem());
        cancel.textProperty().bind(state.tr("lecture.export.cancel"));
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        message.getStyleClass().add("lecture-pending");
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.setVisible(false);
        status.setManaged(false);
    }

    HBox status() {
        return status;
    }

    MenuButton menu() {
        return menu;
    }

    private MenuItem item(String key, TourExport.Format format) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(state.tr(key));
        item.setOnAction(e -> ask(format));
        return item;
    }

    private MenuItem videoItem() {
        MenuItem item = new MenuItem();
        item.setId("lecture-export-video");
        item.textProperty().bind(state.tr("lecture.export.video"));
        item.setOnAction(e -> askVideo());
        return item;
    }

    private MenuItem gifItem() {
        MenuItem item = new MenuItem();
        item.setId("lecture-export-gif");
        item.textProperty().bind(state.tr("lecture.export.gif"));
        item.setOnAction(e -> askGif());
        return item;
    }

    private void askGif() {
        List<String> sizes = List.of("640x360", "960x540");
        ChoiceDialog<String> choice = Dialogs.choice(state.language(), state.text("lecture.gif.format"),
                state.text("lecture.gif.format.header"), sizes.get(0), sizes);
        choice.initOwner(scene.getWindow());
        Optional<String> picked = choice.showAndWait();
        if (picked.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("tour.gif");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF", "*.gif"));
        File target = chooser.showSaveDialog(scene.getWindow());
        if (target != null) {
            runGif(target.toPath(), ExportSize.parse(picked.get()));
        }
    }

    /** Renders the whole tour as an animated GIF at {@value #GIF_FPS} fps in the background, with progress and Cancel. */
    TourVideo runGif(Path target, int[] size) {
        TourState tour = view.tour();
        int current = Math.max(0, tour.current());
        VideoTiming timing = VideoTiming.standard(GIF_FPS);
        TourVideo task = new TourVideo(state, tour.tour(), view.themeProperty().get(), atlas, outlines, size[0], size[1],
                timing, TourVideo.gif(target, size[0], size[1], GIF_FPS), scene.getStylesheets(), () -> tour.goTo(current));
        int seconds = (int) Math.round(TourVideo.frameCount(tour.tour(), timing, state.language()) / (double) GIF_FPS);
        start(task, target, () -> state.format("lecture.video.done", seconds, target));
        return task;
    }

    private void askVideo() {
        List<String> formats = List.of("1280x720, 25 fps", "1920x1080, 25 fps", "1280x720, 30 fps", "1920x1080, 30 fps");
        ChoiceDialog<String> choice = Dialogs.choice(state.language(), state.text("lecture.video.format"),
                state.text("lecture.video.format.header"), formats.get(0), formats);
        choice.initOwner(scene.getWindow());
        Optional<String> picked = choice.showAndWait();
        if (picked.isEmpty()) {
            return;
        }
        String[] parts = picked.get().split(", ");
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("tour.mp4");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MP4", "*.mp4"));
        File target = chooser.showSaveDialog(scene.getWindow());
        if (target != null) {
            runVideo(target.toPath(), ExportSize.parse(parts[0]), Integer.parseInt(parts[1].replace(" fps", "")));
        }
    }

    /** Renders the whole tour as an MP4 video in the background, with progress and Cancel; also used by tests. */
    TourVideo runVideo(Path target, int[] size, int fps) {
        TourState tour = view.tour();
        int current = Math.max(0, tour.current());
        VideoTiming timing = VideoTiming.standard(fps);
        TourVideo task = new TourVideo(state, tour.tour(), view.themeProperty().get(), atlas, outlines, size[0], size[1],
                timing, TourVideo.mp4(target, size[0], size[1], fps), scene.getStylesheets(), () -> tour.goTo(current));
        int seconds = (int) Math.round(TourVideo.frameCount(tour.tour(), timing, state.language()) / (double) fps);
        start(task, target, () -> state.format("lecture.video.done", seconds, target));
        return task;
    }

    private void ask(TourExport.Format format) {
        Optional<int[]> size = askSize();
        if (size.isEmpty()) {
            return;
        }
        File target = askTarget(format);
        if (target != null) {
            run(format, target.toPath(), size.get());
        }
    }

    private Optional<int[]> askSize() {
        String custom = state.text("lecture.export.custom");
        ChoiceDialog<String> choice = Dialogs.choice(state.language(), state.text("lecture.export.size"),
                state.text("lecture.export.size.header"), "1920x1080", List.of("1920x1080", "3840x2160", "1280x720", custom));
        choice.initOwner(scene.getWindow());
        Optional<String> picked = choice.showAndWait();
        if (picked.isPresent() && picked.get().equals(custom)) {
            TextInputDialog input = Dialogs.textInput(state.language(), state.text("lecture.export.size"),
                    state.text("lecture.export.custom.prompt"), "2560x1440");
            input.initOwner(scene.getWindow());
            picked = input.showAndWait();
        }
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        int[] size = ExportSize.parse(picked.get());
        if (size == null) {
            message.setText(state.format("lecture.export.badSize", picked.get()));
            showStatus(false);
        }
        return Optional.ofNullable(size);
    }

    private File askTarget(TourExport.Format format) {
        String base = "tour-" + (view.tour().current() + 1);
        if (format == TourExport.Format.PNG_FOLDER) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(state.text("lecture.export.pngs"));
            return chooser.showDialog(scene.getWindow());
        }
        FileChooser chooser = new FileChooser();
        boolean pdf = format == TourExport.Format.PDF;
        chooser.setInitialFileName(pdf ? "tour.pdf" : base + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pdf ? "PDF" : "PNG", pdf ? "*.pdf" : "*.png"));
        return chooser.showSaveDialog(scene.getWindow());
    }

    /** Runs an export in the background with progress in the bar; also used by tests. */
    TourExport run(TourExport.Format format, Path target, int[] size) {
        TourState tour = view.tour();
        int current = Math.max(0, tour.current());
        List<Integer> steps = format == TourExport.Format.PNG_FILE ? List.of(current)
                : IntStream.range(0, tour.size()).boxed().toList();
        TourExport task = new TourExport(state, tour.tour(), steps, view.themeProperty().get(), atlas, outlines,
                size[0], size[1], format, target, scene.getStylesheets(), () -> tour.goTo(current));
        start(task, target, () -> state.format("lecture.export.done", task.getValue(), target));
        return task;
    }

    private void start(javafx.concurrent.Task<Integer> task, Path target, java.util.function.Supplier<String> done) {
        running = task;
        bar.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        showStatus(true);
        task.setOnSucceeded(e -> finished(task.isCancelled() ? state.text("lecture.export.cancelled") : done.get()));
        task.setOnCancelled(e -> finished(state.text("lecture.export.cancelled")));
        task.setOnFailed(e -> finished(failure(state, task.getException(), target)));
        Thread thread = new Thread(task, "tour-export");
        thread.setDaemon(true);
        thread.start();
    }

    /** Why an export failed, in the user's language: what to do about no permission or a full disk. */
    static String failure(AppState state, Throwable error, Path target) {
        WriteFailure.Reason reason = WriteFailure.of(error);
        String why = state.format(reason.key(), target, WriteFailure.detail(error));
        return state.format("lecture.export.failed", why);
    }

    private void finished(String text) {
        running = null;
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        message.setText(text);
        showStatus(false);
    }

    private void showStatus(boolean busy) {
        status.setVisible(true);
        status.setManaged(true);
        bar.setVisible(busy);
        cancel.setVisible(busy);
        menu.setDisable(busy);
    }
}
