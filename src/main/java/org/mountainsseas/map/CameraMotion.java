package org.mountainsseas.map;

import javafx.animation.AnimationTimer;

/**
 * Smooth camera movement on animation pulses: wheel and button zooms ease toward a target zoom
 * about a pivot; a fling keeps a released drag gliding and slowing; fly-to moves centre and zoom together with an ease-in-out over a fixed time.
 */
final class CameraMotion {
    private final MapCamera camera;
    private double targetZoom = Double.NaN;
    private double pivotX;
    private double pivotY;
    private long last;
    // fly-to state
    private boolean flying;
    private long flyStart;
    private double flyNanos;
    private double fromX, fromY, fromZ, toX, toY, toZ, screenX, screenY;
    // fling (momentum after a drag): velocity in screen px/s, decaying exponentially
    private double flingVx, flingVy;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };

    CameraMotion(MapCamera camera) {
        this.camera = camera;
    }

    /** Zooms by delta levels about (px, py), adding to any zoom in progress. */
    void zoomBy(double delta, double px, double py) {
        flying = false;
        stopFling();
        double base = Double.isNaN(targetZoom) ? camera.zoom() : targetZoom;
        targetZoom = camera.clampZoom(base + delta);
        pivotX = px;
        pivotY = py;
        start();
    }

    /** Flies so that world point (wx, wy) ends at the screen point (sx, sy) at zoom z, over {@code seconds}. */
    void flyTo(double wx, double wy, double z, double sx, double sy, double seconds) {
        targetZoom = Double.NaN;
        // a glide left over from a drag would carry the view off once the flight ends (found by the kiosk soak test)
        stopFling();
        fromX = camera.worldX(sx);
        fromY = camera.worldY(sy);
        fromZ = camera.zoom();
        toX = wx;
        toY = wy;
        toZ = camera.clampZoom(z);
        screenX = sx;
        screenY = sy;
        if (seconds <= 0) {
            // a jump repaints crisply at once: an export's snapshot must not catch a moved image of the last frame
            camera.jumpTo(toX, toY, toZ, sx, sy);
            flying = false;
            return;
        }
        flyNanos = seconds * 1e9;
        flyStart = -1;
        flying = true;
        start();
    }

    /** Keeps panning at (vx, vy) screen px/s after a drag, slowing to a stop within about a second. */
    void fling(double vx, double vy) {
        flying = false;
        targetZoom = Double.NaN;
        flingVx = vx;
        flingVy = vy;
        start();
    }

    private void stopFling() {
        flingVx = 0;
        flingVy = 0;
    }

    void stop() {
        timer.stop();
        flying = false;
        flingVx = 0;
        flingVy = 0;
        targetZoom = Double.NaN;
        last = 0;
    }

    boolean moving() {
        return flying || !Double.isNaN(targetZoom) || flingVx != 0 || flingVy != 0;
    }

    private void start() {
        last = 0;
        timer.start();
    }

    private void step(long now) {
        if (flying) {
            if (flyStart < 0) {
                flyStart = now;
            }
            double t = Math.min(1, (now - flyStart) / flyNanos);
            double e = org.mountainsseas.geo.Flight.ease(t);
            // interpolate zoom linearly in levels and the centre in world pixels
            camera.show(fromX + (toX - fromX) * e, fromY + (toY - fromY) * e, fromZ + (toZ - fromZ) * e, screenX, screenY);
            if (t >= 1) {
                flying = false;
            }
        } else if (!Double.isNaN(targetZoom)) {
            double dt = last == 0 ? 1 / 60.0 : Math.min(0.1, (now - last) / 1e9);
            double remaining = targetZoom - camera.zoom();
            if (Math.abs(remaining) < 0.003) {
                camera.zoomBy(remaining, pivotX, pivotY);
                targetZoom = Double.NaN;
            } else {
                camera.zoomBy(remaining * Math.min(1, dt * 14), pivotX, pivotY);
            }
        } else if (flingVx != 0 || flingVy != 0) {
            double dt = last == 0 ? 1 / 60.0 : Math.min(0.1, (now - last) / 1e9);
            camera.panBy(flingVx * dt, flingVy * dt);
            double decay = Math.exp(-dt * 4);
            flingVx *= decay;
            flingVy *= decay;
            if (Math.hypot(flingVx, flingVy) < 15) {
                flingVx = 0;
                flingVy = 0;
            }
        }
        last = now;
        if (!moving()) {
            timer.stop();
        }
    }
}
