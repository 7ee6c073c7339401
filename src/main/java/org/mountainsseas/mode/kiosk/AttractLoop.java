package org.mountainsseas.mode.kiosk;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * The attract loop shown while nobody is using the kiosk: it tours the Qingda Line and then each
 * mountain county with its partners (selecting it, so the map's flows light its arcs and the card
 * shows it), with a large caption in both languages and a standing "touch to explore" call. It
 * draws nothing per frame itself: the motion is the flows' ({@link FlowLayer}) and the camera's.
 * One {@link PauseTransition} times the stops and is reused for every stop and every loop, so
 * nothing accumulates over a day. The overlay is mouse-transparent: the idle monitor decides
 * what a touch does while the loop runs.
 */
public final class AttractLoop extends StackPane {
    private final AppState state;
    private final MapPane map;
    private final Label captionZh = new Label();
    private final Label captionEn = new Label();
    private final Label touch = new Label();
    private final PauseTransition timer;
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
        captionZh.getStyleClass().add("zh");
        captionEn.getStyleClass().add("en");
        captionZh.setWrapText(true);
        captionEn.setWrapText(true);
        caption = new VBox(captionZh, captionEn);
        caption.getStyleClass().add("attract-caption");
        caption.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        // over the map while the lights move under it: kept as a bitmap, so its shadow is not blurred again each frame
        caption.setCache(true);
        touch.setText(Messages.get(Language.ZH, "kiosk.attract.touch") + "\n" + Messages.get(Language.EN, "kiosk.attract.touch"));
        touch.getStyleClass().add("attract-touch");
        touch.setId("attract-touch");
        touch.setWrapText(true);
        touch.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        touch.setCache(true);
        // at the home view the sea is on the right, top and bottom: there the captions hide no county
        // (bottom left, the large kiosk map reaches the south-western mountain counties)
        StackPane.setAlignment(caption, Pos.TOP_RIGHT);
        StackPane.setAlignment(touch, Pos.BOTTOM_RIGHT);
        getChildren().addAll(caption, touch);
        timer = new PauseTransition(Duration.seconds(stepSeconds));
        timer.setOnFinished(e -> next());
    }

    @Override
    protected void layoutChildren() {
        javafx.geometry.Bounds m = sceneToLocal(map.localToScene(map.getLayoutBounds()));
        double side = Math.max(360, m.getWidth() * 0.4);
        captionZh.setMaxWidth(side);
        captionEn.setMaxWidth(side);
        touch.setMaxWidth(side);
        margin(caption, new javafx.geometry.Insets(m.getMinY() + 16, Math.max(16, getWidth() - m.getMaxX() + 16), 0, 0));
        margin(touch, new javafx.geometry.Insets(0, Math.max(16, getWidth() - m.getMaxX() + 24),
                Math.max(16, getHeight() - m.getMaxY() + 24), 0));
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
        timer.stop();
        running.set(false);
        setVisible(false);
        state.clearSelection();
        state.goHome();
    }

    private void next() {
        index = (index + 1) % steps.size();
        AttractStep step = steps.get(index);
        if (step.isQingdaLine()) {
            state.clearSelection();
            state.goHome();
        } else {
            state.select(step.mountain());
            VisitorLayout.layoutNow(this);
            List<String> all = new java.util.ArrayList<>(step.partners());
            all.add(step.mountain());
            state.focusAll(all);
        }
        captionZh.setText(step.captionZh());
        captionEn.setText(step.captionEn());
        stopsShown++;
        timer.playFromStart();
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
