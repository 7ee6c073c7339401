package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.YearView;
import org.mountainsseas.state.AppState;

/**
 * Flying lights (飞线) over the kiosk's map: on each pairing arc a small light with a short tail
 * travels from the mountain county to its partner, along the same curve the map's arc layer
 * draws. Calm at the home view (small, slow lights on every arc), strong for the selection
 * (larger, faster lights on its arcs only; the arc layer fades the rest). The lights are a few
 * small nodes moved each frame over the map, whose canvases are never repainted for them: only
 * the lights' own small regions are redrawn. While {@code motion} is false the timer is stopped
 * and the lights are hidden, so the kiosk then costs no frames at all.
 */
public final class FlowLayer extends Pane {
    static final int TAIL = 3;
    /** At home: a light takes {@link #HOME_TRAVEL} of its {@link #HOME_PERIOD} seconds to cross, then rests. */
    static final double HOME_PERIOD = 6.4;
    static final double HOME_TRAVEL = 3.0;
    static final int HOME_TAIL = 2;
    /** For the selection: a light crosses in 1.8 s and starts again at once. */
    static final double SELECTED_PERIOD = 1.8;
    private static final Color LIGHT = Color.web("#ffb000");
    /** A dark rim keeps a light readable on any fill, also where deuteranopia turns green and gold alike. */
    private static final Color RIM = Color.web("#3b1d00");
    private final AppState state;
    private final MapPane map;
    private final BooleanProperty motion;
    private final List<Flow> flows = new ArrayList<>();
    private final Subscription subscription;
    private long frames;
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    /** One pairing's light: its arc's ends and fan bend, and the head and tail nodes. */
    private record Flow(Pairing pairing, double bend, double offset, Circle[] dots) {
    }

    public FlowLayer(AppState state, MapPane map, BooleanProperty motion) {
        this.state = state;
        this.map = map;
        this.motion = motion;
        setId("kiosk-flows");
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("kiosk-flows");
        subscription = state.datasetProperty().subscribe(this::rebuild)
                .and(motion.subscribe(this::update))
                .and(sceneProperty().subscribe(this::update));
        rebuild();
    }

    private void rebuild() {
        flows.clear();
        getChildren().clear();
        Map<String, Integer> countOf = new HashMap<>();
        List<Pairing> onMap = new ArrayList<>();
        for (Pairing p : state.dataset().pairings()) {
            if (p.onMap() && state.dataset().county(p.mountain()) != null && state.dataset().county(p.partner()) != null) {
                onMap.add(p);
                countOf.merge(p.mountain(), 1, Integer::sum);
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (Pairing p : onMap) {
            // the same order and bend as the map's arc layer, so each light rides its own arc
            int index = indexOf.merge(p.mountain(), 1, Integer::sum) - 1;
            Circle[] dots = new Circle[TAIL + 1];
            for (int i = 0; i <= TAIL; i++) {
                dots[i] = new Circle(1, LIGHT.deriveColor(0, 1, 1, 1 - i * 0.22));
                dots[i].setManaged(false);
                dots[i].setVisible(false);
                if (i == 0) {
                    dots[i].setStroke(RIM);
                    dots[i].setStrokeWidth(2);
                }
            }
            getChildren().addAll(dots);
            flows.add(new Flow(p, ArcGeometry.fanBend(index, countOf.get(p.mountain())),
                    (flows.size() * 0.618) % 1, dots));
        }
        update();
    }

    /** Starts or stops the timer to match {@code motion} and whether the layer is in a scene. */
    private void update() {
        boolean on = motion.get() && getScene() != null;
        if (on && !running) {
            timer.start();
        } else if (!on && running) {
            timer.stop();
            flows.forEach(f -> hide(f.dots()));
        }
        running = on;
    }

    private static void hide(Circle[] dots) {
        for (Circle d : dots) {
            d.setVisible(false);
        }
    }

    private void frame(long now) {
        frames++;
        String selected = state.selected();
        YearView year = state.yearView();
        double seconds = now / 1e9;
        for (Flow f : flows) {
            Pairing p = f.pairing();
            boolean mine = selected != null && (selected.equals(p.mountain()) || selected.equals(p.partner()));
            boolean inForce = year == null || year.pairing(p) == Presence.IN_FORCE;
            Point2D a = map.screenPointOf(p.mountain());
            Point2D b = map.screenPointOf(p.partner());
            if (selected != null && !mine || !inForce || a == null || b == null) {
                hide(f.dots());
                continue;
            }
            double t = mine ? phase(seconds, SELECTED_PERIOD, SELECTED_PERIOD, f.offset())
                    : phase(seconds, HOME_PERIOD, HOME_TRAVEL, f.offset());
            if (t < 0) {
                hide(f.dots());
                continue;
            }
            place(f.dots(), a, b, f.bend(), t, mine ? 8 : 4.5, mine ? TAIL : HOME_TAIL);
        }
    }

    /**
     * Where along its arc (0 at the mountain county, 0.93 at the arrowhead) a light is at a time, or -1
     * while it rests: each cycle of {@code period} seconds it travels for the first {@code travel}
     * seconds. {@code offset} (0–1) staggers the arcs' cycles. Pure.
     */
    static double phase(double seconds, double period, double travel, double offset) {
        double u = ((seconds / period + offset) % 1 + 1) % 1 * period;
        return u >= travel ? -1 : u / travel * 0.93;
    }

    private static void place(Circle[] dots, Point2D a, Point2D b, double bend, double t, double radius, int tail) {
        double[] c = ArcGeometry.control(a.getX(), a.getY(), b.getX(), b.getY(), bend);
        for (int i = 0; i < dots.length; i++) {
            double ti = t - i * 0.025;
            if (ti < 0 || i > tail) {
                dots[i].setVisible(false);
                continue;
            }
            double[] at = ArcGeometry.point(a.getX(), a.getY(), c[0], c[1], b.getX(), b.getY(), ti);
            dots[i].setRadius(radius * (1 - i * 0.2));
            dots[i].setCenterX(at[0]);
            dots[i].setCenterY(at[1]);
            dots[i].setVisible(true);
        }
    }

    /** Whether the lights are moving now. */
    public boolean animating() {
        return running;
    }

    /** Frames drawn since the layer was made (for tests and the benchmark). */
    public long frames() {
        return frames;
    }

    /** Stops the timer and every listener. */
    public void dispose() {
        subscription.unsubscribe();
        timer.stop();
        running = false;
    }
}
