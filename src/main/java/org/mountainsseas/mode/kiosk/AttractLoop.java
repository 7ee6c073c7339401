package org.mountainsseas.mode.kiosk;

import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.state.AppState;

/**
 * The attract loop shown while nobody is using the kiosk: it tours the Qingda Line and then each
 * mountain county with its partners (selecting it, so the map and panel show it), drawing the
 * line or the pairing arcs as they grow, with a caption in both languages and a standing "touch
 * to explore" call. One {@link Timeline} drives it and is reused for every stop and every loop,
 * so nothing accumulates over a day. The overlay is mouse-transparent: the idle monitor decides
 * what a touch does while the loop runs.
 */
public final class AttractLoop extends StackPane {
    private static final Color GLOW = Color.web("#f2a900");
    private static final Color LINE = Color.web("#d32f2f");
    private final AppState state;
    private final MapPane map;
    private final Canvas canvas = new Canvas();
    private final Label captionZh = new Label();
    private final Label captionEn = new Label();
    private final Label touch = new Label();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final Timeline timeline;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final VBox caption;
    private List<AttractStep> steps = List.of();
    private int index = -1;
    private long stopsShown;

    public AttractLoop(AppState state, MapPane map, double stepSeconds) {
        this.state = state;
        this.map = map;
        setId("attract");
        setMouseTransparent(true);
        setVisible(false);
        canvas.setManaged(false);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        captionZh.getStyleClass().add("zh");
        captionEn.getStyleClass().add("en");
        captionZh.setWrapText(true);
        captionEn.setWrapText(true);
        caption = new VBox(captionZh, captionEn);
        caption.getStyleClass().add("attract-caption");
        caption.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        touch.setText(Messages.get(Language.ZH, "kiosk.attract.touch") + "\n" + Messages.get(Language.EN, "kiosk.attract.touch"));
        touch.getStyleClass().add("attract-touch");
        touch.setId("attract-touch");
        touch.setWrapText(true);
        touch.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        // at the home view the sea is top right and the neighbouring provinces bottom left: there the
        // captions hide no county
        StackPane.setAlignment(caption, Pos.TOP_RIGHT);
        StackPane.setAlignment(touch, Pos.BOTTOM_LEFT);
        getChildren().addAll(canvas, caption, touch);
        timeline = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(Duration.seconds(stepSeconds), new KeyValue(progress, 1, Interpolator.LINEAR)));
        timeline.setOnFinished(e -> next());
        progress.addListener(o -> paint());
    }

    @Override
    protected void layoutChildren() {
        javafx.geometry.Bounds m = sceneToLocal(map.localToScene(map.getLayoutBounds()));
        double side = Math.max(260, m.getWidth() * 0.3);
        captionZh.setMaxWidth(side);
        captionEn.setMaxWidth(side);
        touch.setMaxWidth(side);
        margin(caption, new javafx.geometry.Insets(m.getMinY() + 16, Math.max(16, getWidth() - m.getMaxX() + 16), 0, 0));
        margin(touch, new javafx.geometry.Insets(0, 0, Math.max(16, getHeight() - m.getMaxY() + 24), m.getMinX() + 24));
        super.layoutChildren();
    }

    private static void margin(Node n, javafx.geometry.Insets insets) {
        if (!insets.equals(StackPane.getMargin(n))) {
            StackPane.setMargin(n, insets); // only on change: setting it asks for another layout
        }
    }

    /** Starts the tour from the Qingda Line. Does nothing if already running or there is nothing to show. */
    public void start() {
        steps = AttractStep.tour(state.dataset());
        if (running.get() || steps.isEmpty()) {
            return;
        }
        index = -1;
        running.set(true);
        setVisible(true);
        next();
    }

    /** Stops the tour and leaves the map at home with nothing selected. */
    public void stop() {
        if (!running.get()) {
            return;
        }
        timeline.stop();
        running.set(false);
        setVisible(false);
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        state.clearSelection();
        state.goHome();
    }

    private void next() {
        index = (index + 1) % steps.size();
        AttractStep step = steps.get(index);
        if (step.isQingdaLine()) {
            state.clearSelection();
        } else {
            state.select(step.mountain());
        }
        captionZh.setText(step.captionZh());
        captionEn.setText(step.captionEn());
        stopsShown++;
        timeline.playFromStart();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!running.get() || index < 0 || !map.camera().ready()) {
            return;
        }
        double p = progress.get();
        touch.setOpacity(0.7 + 0.3 * Math.abs(Math.sin(p * Math.PI * 2)));
        AttractStep step = steps.get(index);
        gc.setLineCap(StrokeLineCap.ROUND);
        if (step.isQingdaLine()) {
            paintLine(gc, p);
        } else {
            paintArcs(gc, step, p);
        }
    }

    private void paintLine(GraphicsContext gc, double p) {
        QingdaLine line = state.dataset().qingdaLine();
        if (line == null) {
            return;
        }
        Point2D a = onMap(WebMercator.x(line.start().lon()), WebMercator.y(line.start().lat()));
        Point2D b = onMap(WebMercator.x(line.end().lon()), WebMercator.y(line.end().lat()));
        double t = Math.min(1, p * 1.6);
        double x = a.getX() + (b.getX() - a.getX()) * t, y = a.getY() + (b.getY() - a.getY()) * t;
        gc.setStroke(LINE.deriveColor(0, 1, 1, 0.35));
        gc.setLineWidth(14);
        gc.strokeLine(a.getX(), a.getY(), x, y);
        gc.setStroke(LINE);
        gc.setLineWidth(5);
        gc.strokeLine(a.getX(), a.getY(), x, y);
        pulse(gc, x, y, p, LINE);
    }

    private void paintArcs(GraphicsContext gc, AttractStep step, double p) {
        Point2D m = labelPoint(step.mountain());
        if (m == null) {
            return;
        }
        int n = step.partners().size();
        for (int i = 0; i < n; i++) {
            Point2D b = labelPoint(step.partners().get(i));
            if (b == null) {
                continue;
            }
            double[] c = ArcGeometry.control(m.getX(), m.getY(), b.getX(), b.getY(), ArcGeometry.fanBend(i, n));
            double t = Math.max(0, Math.min(0.93, (p - i * 0.1) * 1.8));
            double[] head = curve(gc, m, c, b, t);
            if (t > 0 && t < 0.93) {
                gc.setFill(GLOW);
                gc.fillOval(head[0] - 7, head[1] - 7, 14, 14);
            }
        }
        pulse(gc, m.getX(), m.getY(), p, GLOW);
    }

    private static double[] curve(GraphicsContext gc, Point2D a, double[] c, Point2D b, double t) {
        int segments = 32;
        gc.beginPath();
        gc.moveTo(a.getX(), a.getY());
        double[] at = {a.getX(), a.getY()};
        for (int s = 1; s <= segments; s++) {
            at = ArcGeometry.point(a.getX(), a.getY(), c[0], c[1], b.getX(), b.getY(), t * s / segments);
            gc.lineTo(at[0], at[1]);
        }
        gc.setStroke(GLOW.deriveColor(0, 1, 1, 0.35));
        gc.setLineWidth(14);
        gc.stroke();
        gc.setStroke(GLOW);
        gc.setLineWidth(5);
        gc.stroke();
        return at;
    }

    private static void pulse(GraphicsContext gc, double x, double y, double p, Color color) {
        double phase = (p * 3) % 1;
        double r = 12 + 34 * phase;
        gc.setStroke(color.deriveColor(0, 1, 1, 1 - phase));
        gc.setLineWidth(4);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private Point2D labelPoint(String adcode) {
        Point2D p = map.screenPointOf(adcode);
        return p == null ? null : sceneToLocal(map.localToScene(p));
    }

    private Point2D onMap(double worldX, double worldY) {
        var c = map.camera();
        return sceneToLocal(map.localToScene(c.screenX(worldX), c.screenY(worldY)));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean running() {
        return running.get();
    }

    /** How many stops the loop has shown since it was made (for tests). */
    public long stopsShown() {
        return stopsShown;
    }

    /** The caption now shown, both languages (for tests). */
    public String caption() {
        return captionZh.getText() + " / " + captionEn.getText();
    }
}
