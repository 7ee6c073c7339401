package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MapCameraTest {
    @Test
    void showPutsTheWorldPointAtTheScreenPointAndTellsListenersOnce() {
        MapCamera camera = new MapCamera();
        AtomicInteger calls = new AtomicInteger();
        camera.addListener(calls::incrementAndGet);
        camera.show(100, 50, 3, 400, 300);
        assertEquals(1, calls.get(), "zoom and translation change together: one notice");
        assertEquals(8, camera.scale(), 1e-12);
        assertEquals(400, camera.screenX(100), 1e-9);
        assertEquals(300, camera.screenY(50), 1e-9);
        assertEquals(100, camera.worldX(400), 1e-9);
        camera.show(100, 50, 3, 400, 300);
        assertEquals(1, calls.get(), "the same view again is no change");
    }

    @Test
    void zoomByKeepsThePivotStillAndStaysInRange() {
        MapCamera camera = new MapCamera();
        camera.setZoomRange(2, 5);
        camera.show(10, 10, 3, 0, 0);
        double wx = camera.worldX(200), wy = camera.worldY(120);
        camera.zoomBy(1, 200, 120);
        assertEquals(4, camera.zoom(), 1e-12);
        assertEquals(wx, camera.worldX(200), 1e-9);
        assertEquals(wy, camera.worldY(120), 1e-9);
        camera.zoomBy(10, 200, 120);
        assertEquals(5, camera.zoom(), 1e-12, "clamped to the range");
    }

    @Test
    void panByMovesTheViewAndAStillPanIsNoChange() {
        MapCamera camera = new MapCamera();
        AtomicInteger calls = new AtomicInteger();
        camera.addListener(calls::incrementAndGet);
        camera.panBy(0, 0);
        assertEquals(0, calls.get());
        camera.panBy(12, -4);
        assertEquals(1, calls.get());
        assertEquals(12, camera.tx(), 1e-12);
        assertEquals(-4, camera.ty(), 1e-12);
    }
}
