package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.io.OwnTours;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CameraRequest;
import org.mountainsseas.state.Spotlight;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher makes a tour from views of the map, saves it, finds it in the picker and presents it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TourEditorTest {
    private static final String JINGNING = "331127";
    private static final String CHUNAN = "330127";
    private static final String XIHU = "330106";
    @TempDir
    Path dir;
    private AppState state;
    private Stage stage;
    private MainWindow window;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private LectureMode lecture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = TestWorld.state(Language.EN);
        window = TestWorld.window(stage, state);
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    private TourTools tools() {
        lecture = new LectureMode(state, TestWorld.bundled().atlas(), TestWorld.bundled().cityOutlines());
        return new TourTools(state, new OwnTours(dir), io, (tour, step) -> lecture.start(stage.getScene(), tour, LectureTheme.PROJECTOR, step));
    }

    private TourEditor openEditor(FxRobot robot, TourTools tools, TourDraft draft) {
        Stage s = fx(() -> TourEditor.show(stage, tools, draft));
        WaitForAsyncUtils.waitForFxEvents();
        return (TourEditor) s.getScene().getRoot();
    }

    /** Moves the explorer's map and waits until it has settled there. */
    private void lookAt(double lat, double lon, double zoom) throws Exception {
        robotInteract(() -> state.lookAt(lat, lon, zoom));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.viewportProperty().get() != null
                && Math.abs(state.viewportProperty().get().zoom() - zoom) < 1e-6);
    }

    private static void robotInteract(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void awaitSaved(TourEditor editor) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        editor.lastSave().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTourBuiltFromViewsIsSavedReopenedAndPresentedAsCaptured(FxRobot robot) throws Exception {
        TourTools tools = tools();
        TourEditor editor = openEditor(robot, tools, new TourDraft("lesson", Text.same("Lesson")));
        // step 1: Jingning and its partners in 2013, seen at a chosen centre and zoom
        robotInteract(() -> {
            state.select(JINGNING);
            state.setYear(2013);
        });
        lookAt(27.95, 119.62, 9.25);
        robot.clickOn("#tour-add");
        robot.clickOn("#form-caption-en").write("Jingning and the counties it works with.");
        robot.clickOn("#form-commit");
        // step 2: Chun'an and Xihu today, the camera fitted around them; a caption in Chinese only
        robotInteract(() -> {
            state.clearYear();
            state.selectAll(List.of(CHUNAN, XIHU), CHUNAN);
        });
        lookAt(29.6, 119.4, 8.0);
        robot.clickOn("#tour-add");
        robotInteract(() -> robot.lookup("#form-camera").queryAs(ChoiceBox.class).setValue(StepCapture.CameraChoice.FIT));
        robot.clickOn("#form-caption-zh").write("淳安与西湖");
        robot.clickOn("#form-commit");
        awaitSaved(editor);
        List<Tour.Step> captured = editor.draft().toTour().steps();
        assertEquals(2, captured.size());
        Tour.Step one = captured.get(0);
        Tour.Step two = captured.get(1);
        assertEquals(Tour.Camera.point(27.95, 119.62, 9.25), one.camera());
        assertEquals(2013, one.year());
        assertEquals(List.of(JINGNING), one.highlight().counties());
        assertFalse(one.highlight().pairings().isEmpty(), "Jingning's pairings in force by 2013 are lit");
        assertEquals(Text.same("Jingning and the counties it works with."), one.caption());
        assertFalse(one.sources().isEmpty(), "the sources of what it lights");
        assertEquals(Tour.Camera.fit(List.of(CHUNAN, XIHU)), two.camera());
        assertEquals(null, two.year());
        assertEquals(Text.same("淳安与西湖"), two.caption());
        assertNotEquals(one.highlight(), two.highlight());

        // reopened through the picker, read from the file
        robotInteract(() -> robot.lookup("#tour-add").query().getScene().getWindow().hide());
        TourPicker picker = openPicker(tools);
        TourPicker.Choice own = picker.choices().stream().filter(c -> "lesson".equals(c.own())).findFirst().orElseThrow();
        assertEquals(captured, own.tour().steps(), "the file holds what was captured");
        robotInteract(() -> ((ListView<?>) robot.lookup("#tour-list").query()).getSelectionModel().select(
                picker.choices().indexOf(own)));
        robot.clickOn("#tour-list-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getRoot() instanceof LectureView, "the lecture runs");
        assertPresented(one);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertPresented(two);
    }

    private void assertPresented(Tour.Step step) {
        Tour.Highlight h = step.highlight();
        assertEquals(step.year(), state.year());
        assertEquals(new Spotlight(Set.copyOf(h.counties()), Set.copyOf(h.pairings()), Set.copyOf(h.enclaves()), h.qingdaLine()),
                state.spotlight());
        CameraRequest c = state.cameraProperty().get();
        if (step.camera().kind() == Tour.Camera.Kind.POINT) {
            assertEquals(CameraRequest.Kind.POINT, c.kind());
            assertEquals(List.of(step.camera().lat(), step.camera().lon(), step.camera().zoom()), List.of(c.lat(), c.lon(), c.zoom()));
        } else {
            assertEquals(CameraRequest.Kind.COUNTIES, c.kind());
            assertEquals(step.camera().fit(), c.adcodes());
        }
        assertTrue(((LectureView) stage.getScene().getRoot()).captionText().contains(step.caption().get(Language.EN)));
    }

    private TourPicker openPicker(TourTools tools) throws Exception {
        java.util.concurrent.CompletableFuture<TourPicker> ready = new java.util.concurrent.CompletableFuture<>();
        robotInteract(() -> {
            Stage s = TourPicker.show(stage, tools);
            TourPicker p = (TourPicker) s.getScene().getRoot();
            p.onLoaded(() -> ready.complete(p));
        });
        TourPicker p = ready.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }

    private static Tour threeSteps() {
        List<Tour.Step> steps = new java.util.ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            steps.add(new Tour.Step(id, Text.of("步" + id, "Step " + id), Text.same("Caption " + id), Tour.Camera.home(),
                    Tour.Highlight.NONE, List.of("seed000"), null, List.of()));
        }
        return new Tour("order.json", Text.same("Order"), List.of(new Tour.Chapter(Text.same("One"), steps)));
    }

    @Test
    void alternateUpAndDownReorderTheSavedSteps(FxRobot robot) throws Exception {
        TourEditor editor = openEditor(robot, tools(), new TourDraft("order", threeSteps()));
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("3. Step c")).queryAs(javafx.scene.control.ListCell.class));
        robot.press(KeyCode.ALT).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.ALT);
        awaitSaved(editor);
        Tour saved = new TourReader(state.dataset()).read(dir.resolve("tours/order.json"));
        assertEquals(List.of("c", "a", "b"), saved.steps().stream().map(Tour.Step::id).toList());
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        awaitSaved(editor);
        saved = new TourReader(state.dataset()).read(dir.resolve("tours/order.json"));
        assertEquals(List.of("a", "c", "b"), saved.steps().stream().map(Tour.Step::id).toList());
    }

    @Test
    void aDamagedOwnTourIsKeptAsideWithAMessageAndTheOthersAreListed(FxRobot robot) throws Exception {
        robotInteract(() -> state.setLanguage(Language.ZH));
        TourTools tools = tools();
        tools.store().save("order", threeSteps());
        Files.writeString(tools.store().file("broken"), "{\"format\": \"mountainsseas/tour\", \"version\": 1, \"title\": ",
                StandardCharsets.UTF_8);
        TourPicker picker = openPicker(tools);
        assertEquals(List.of("mountains-and-seas.json", "order.json"),
                picker.choices().stream().map(c -> c.tour().file().replace("tours/", "")).toList());
        assertEquals(1, picker.notices().size());
        String notice = picker.notices().get(0);
        assertTrue(notice.startsWith("broken.json 无法作为导览打开"), notice);
        try (var files = Files.list(dir.resolve("tours"))) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("broken.json.damaged-")).findFirst().orElseThrow();
            assertTrue(notice.contains(aside.getFileName().toString()), "names where it is kept: " + notice);
            assertTrue(Files.readString(aside).contains("\"title\": "), "kept as it was");
        }
    }

    @Test
    void theCaptionFormRefusesAnEmptyPairAndControlCharacters(FxRobot robot) throws Exception {
        TourEditor editor = openEditor(robot, tools(), new TourDraft("words", Text.same("Words")));
        robotInteract(() -> state.select(JINGNING));
        robot.clickOn("#tour-add");
        robot.clickOn("#form-commit");
        assertEquals(0, editor.draft().size(), "no step without a caption");
        assertEquals(List.of(state.text("tours.form.both")), editor.form().messages());
        robotInteract(() -> robot.lookup("#form-caption-en").queryAs(TextArea.class).setText("Pasted\twith a tab"));
        // JavaFX's text controls drop most C0 controls themselves; a tab, C1 controls and direction controls get through
        robotInteract(() -> robot.lookup("#form-title-zh").queryAs(TextField.class).setText("景宁\u202E"));
        robotInteract(() -> robot.lookup("#form-title-en").queryAs(TextField.class).setText("Next\u0085line"));
        robot.clickOn("#form-commit");
        assertEquals(0, editor.draft().size());
        List<String> messages = editor.form().messages();
        assertTrue(messages.stream().anyMatch(m -> m.contains("U+0009") && m.contains(" 7")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("U+202E")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("U+0085")), messages.toString());
        robotInteract(() -> robot.lookup("#form-title-en").queryAs(TextField.class).setText(""));
        robotInteract(() -> robot.lookup("#form-caption-en").queryAs(TextArea.class).setText("A bell rings"));
        robotInteract(() -> robot.lookup("#form-title-zh").queryAs(TextField.class).setText("景宁"));
        robotInteract(() -> robot.lookup("#form-caption-zh").queryAs(TextArea.class).setText("山".repeat(151)));
        robot.clickOn("#form-commit");
        assertEquals(List.of(state.format("tours.form.tooLong", 150, 151)), editor.form().messages());
        robotInteract(() -> robot.lookup("#form-caption-zh").queryAs(TextArea.class).setText(""));
        robot.clickOn("#form-commit");
        assertEquals(1, editor.draft().size(), "a caption in one language is enough");
        assertEquals(List.of(), editor.form().messages());
    }
}
