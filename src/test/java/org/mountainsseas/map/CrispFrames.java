package org.mountainsseas.map;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pixels of the map for rendering tests: asks for a crisp frame and waits, on the canvas's count
 * of frames shown and its idleness, until one painted after the request is on screen; never by
 * sleeping. (Off the FX thread a frame asked for before the change may be shown first: only an idle
 * canvas has the latest one up.)
 */
final class CrispFrames {
    private CrispFrames() {
    }

    /** Runs {@code change} on the FX thread, then returns the first crisp frame shown after it. */
    static Image after(FxRobot robot, MapCanvas canvas, Runnable change) throws TimeoutException {
        long[] before = new long[1];
        robot.interact(() -> {
            change.run();
            before[0] = canvas.framesShown();
            canvas.invalidate();
        });
        // read on the FX thread, between pulses: the canvas's state is the FX thread's
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> canvas.framesShown() > before[0] && canvas.idle()).get());
        Image[] out = new Image[1];
        robot.interact(() -> out[0] = canvas.frameImage());
        return out[0];
    }

    /** The crisp frame of the map as it is now. */
    static Image now(FxRobot robot, MapCanvas canvas) throws TimeoutException {
        return after(robot, canvas, () -> { });
    }
}
