package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChinaFrameTest {
    private final ChinaFrame fit = ChinaFrame.fit(ChinaFrame.CHINA, 800, 600, 24);

    @Test
    void zoomingKeepsThePointUnderThePointerAndStaysWithinItsLimits() {
        double lon = 120.5;
        double lat = 29.2;
        double px = fit.x(lon);
        double py = fit.y(lat);
        ChinaFrame in = fit.zoomed(3, px, py, fit.scale(), fit.scale() * 32);
        assertEquals(px, in.x(lon), 1e-9);
        assertEquals(py, in.y(lat), 1e-9);
        assertEquals(3 * fit.scale(), in.scale(), 1e-12);
        assertEquals(fit.scale(), in.zoomed(0.01, 10, 10, fit.scale(), fit.scale() * 32).scale(), 1e-12, "no further out than the fit");
        assertEquals(32 * fit.scale(), in.zoomed(1000, 10, 10, fit.scale(), fit.scale() * 32).scale(), 1e-12);
    }

    @Test
    void panningMovesEveryPointByTheSamePixels() {
        ChinaFrame moved = fit.panned(40, -25);
        assertEquals(fit.x(100) + 40, moved.x(100), 1e-9);
        assertEquals(fit.y(30) - 25, moved.y(30), 1e-9);
    }
}
