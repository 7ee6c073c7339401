package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.Viewport;

/** The editor's camera choices become the tour file's cameras; a China step stays a China step. */
class StepCaptureTest {
    private static final Viewport VIEW = new Viewport(28.5, 120.1, 8, 1280, 800);

    @Test
    void eachChoiceGivesItsCamera() {
        assertEquals(Tour.Camera.Kind.POINT, StepCapture.camera(StepCapture.CameraChoice.VIEW, VIEW, List.of()).kind());
        assertEquals(List.of("330127"), StepCapture.camera(StepCapture.CameraChoice.FIT, VIEW, List.of("330127")).fit());
        assertEquals(Tour.Camera.Kind.POINT, StepCapture.camera(StepCapture.CameraChoice.FIT, VIEW, List.of()).kind(),
                "a fit around nothing keeps this view");
        assertEquals(Tour.Camera.Kind.HOME, StepCapture.camera(StepCapture.CameraChoice.HOME, VIEW, List.of()).kind());
        assertEquals(Tour.Camera.Kind.CHINA, StepCapture.camera(StepCapture.CameraChoice.CHINA, VIEW, List.of("330127")).kind());
    }

    @Test
    void editingAChinaStepKeepsItsCamera() {
        Tour.Step step = new Tour.Step("beyond", new org.mountainsseas.model.Text("走出浙江", "Beyond Zhejiang"),
                new org.mountainsseas.model.Text("说明", "Caption"), Tour.Camera.china(), Tour.Highlight.NONE,
                List.of("seed000"), null, List.of());
        StepForm.Capture c = StepForm.Capture.of(step);
        assertEquals(StepCapture.CameraChoice.CHINA, c.choice());
        assertEquals(Tour.Camera.Kind.CHINA, StepCapture.camera(c.choice(), c.view(), c.selection()).kind());
    }
}
