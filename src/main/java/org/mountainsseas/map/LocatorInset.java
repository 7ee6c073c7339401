package org.mountainsseas.map;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.mountainsseas.geo.ChinaFrame;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.state.AppState;

/**
 * A small map of China with Zhejiang filled, in a corner of the Zhejiang map ({@code #locator-inset});
 * a tap switches to the China view.
 */
public final class LocatorInset extends StackPane {
    static final double WIDTH = 150;
    static final double HEIGHT = 120;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Supplier<List<Boundary>> provinces;
    private boolean painted;

    /** @param provinces the province layer, read on first paint */
    public LocatorInset(AppState state, Supplier<List<Boundary>> provinces) {
        setId("locator-inset");
        getStyleClass().add("locator-inset");
        this.provinces = provinces;
        Label caption = new Label();
        caption.textProperty().bind(state.tr("china.inset"));
        caption.getStyleClass().add("locator-caption");
        StackPane.setAlignment(caption, javafx.geometry.Pos.TOP_RIGHT);
        getChildren().addAll(canvas, caption);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        // over the map, it is drawn again on every frame of a gesture: one cached bitmap with its
        // shadow, not its canvas, caption and drop shadow each time
        setCache(true);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.tr("china.inset.tip"));
        Tooltip.install(this, tip);
        setOnMouseClicked(e -> {
            state.china().showChina(true);
            e.consume();
        });
    }

    /** Paints on the first layout, so the province layer is read when the map is first shown, not at start-up. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!painted) {
            painted = true;
            var g = canvas.getGraphicsContext2D();
            g.setFill(Color.web("#eef3f7"));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            ChinaPainter.provinces(g, ChinaFrame.fit(ChinaFrame.CHINA, WIDTH, HEIGHT, 4), provinces.get(), "330000");
            // Zhejiang is a few pixels wide at this scale: ring it so the eye finds it
            ChinaFrame f = ChinaFrame.fit(ChinaFrame.CHINA, WIDTH, HEIGHT, 4);
            g.setStroke(Color.web("#c0392b"));
            g.setLineWidth(1.5);
            g.strokeOval(f.x(120.5) - 7, f.y(29.2) - 7, 14, 14);
            g.setStroke(Color.web("#667"));
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        }
    }
}
