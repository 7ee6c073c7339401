package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.state.AppState;

/** The map legend: what each fill, line and marker means, in the current language. */
public final class LegendView extends VBox {
    private final List<StringBinding> bindings = new ArrayList<>();
    private final List<javafx.util.Subscription> subscriptions = new ArrayList<>();
    private final Label arrow = new Label("▾");
    private boolean collapsed;
    private boolean userChose;
    private boolean foldAlways;
    private double mapHeight;

    public LegendView(AppState state, MapStyle style) {
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(true);
        Label title = label(state, "legend.title");
        title.getStyleClass().add("legend-title");
        title.setId("legend-title");
        title.setGraphic(arrow);
        title.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        title.setCursor(javafx.scene.Cursor.HAND);
        // a click on the title folds the legend away (or back), so it never has to hide counties
        title.setOnMouseClicked(e -> {
            userChose = true;
            setCollapsed(!collapsed);
            e.consume();
        });
        getChildren().add(title);
        getChildren().add(row(state, "legend.mountain", swatch(style.mountain(), style)));
        getChildren().add(row(state, "legend.partner", swatch(style.partner(), style)));
        getChildren().add(row(state, "legend.other", swatch(style.other(), style)));
        getChildren().add(row(state, "legend.qingda", line(gc -> {
            gc.setStroke(style.qingdaLine());
            gc.setLineWidth(3);
            gc.setLineDashes(7, 4);
            gc.strokeLine(1, 8, 27, 8);
        })));
        getChildren().add(row(state, "legend.endpoint", line(gc -> {
            gc.setStroke(style.qingdaLine());
            gc.setLineWidth(2.2);
            gc.strokeOval(9, 3, 10, 10);
        })));
        getChildren().add(row(state, "legend.arc", line(gc -> {
            gc.setStroke(new LinearGradient(1, 0, 27, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, style.arcMountain()), new Stop(1, style.arcSea())));
            gc.setLineWidth(3);
            gc.setLineCap(StrokeLineCap.ROUND);
            gc.strokeLine(3, 8, 21, 8);
            gc.setFill(style.arcSea());
            gc.fillPolygon(new double[] {27, 20, 20}, new double[] {8, 3.5, 12.5}, 3);
        })));
        getChildren().add(row(state, "legend.unconfirmed", line(gc -> {
            gc.setStroke(style.arcSea().deriveColor(0, 1, 1, 0.8));
            gc.setLineWidth(2.5);
            gc.setLineDashes(5, 4);
            gc.strokeLine(2, 8, 26, 8);
        })));
        getChildren().add(corridorRow(state, style));
        for (EnclaveType type : EnclaveType.values()) {
            String key = "enclave.type." + type.name().toLowerCase().replace('_', '-');
            getChildren().add(row(state, key, line(gc -> {
                gc.setFill(style.enclave());
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(1.2);
                EnclavePainter.drawMarker(new FxSurface(gc), MapStyle.marker(type), 14, 8, 6);
            })));
        }
    }

    /** The corridors' row: their symbol and a check box that shows or hides their layer ({@code #legend-corridors}). */
    private HBox corridorRow(AppState state, MapStyle style) {
        CheckBox toggle = new CheckBox();
        toggle.setId("legend-corridors");
        StringBinding text = state.tr("legend.corridors");
        bindings.add(text);
        toggle.textProperty().bind(text);
        toggle.setFocusTraversable(false);
        subscriptions.add(state.corridors().shownProperty().subscribe(toggle::setSelected));
        toggle.setOnAction(e -> state.corridors().show(toggle.isSelected()));
        HBox row = new HBox(8, line(gc -> {
            gc.setStroke(style.labelHalo());
            gc.setLineWidth(6);
            gc.strokeLine(2, 8, 26, 8);
            gc.setStroke(CorridorPainter.colour(style));
            gc.setLineWidth(3.5);
            gc.strokeLine(2, 8, 26, 8);
        }), toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        return row;
    }

    /** Shows only the title (collapsed) or every row. */
    public void setCollapsed(boolean value) {
        collapsed = value;
        arrow.setText(value ? "▸" : "▾");
        for (javafx.scene.Node row : getChildren().subList(1, getChildren().size())) {
            row.setVisible(!value);
            row.setManaged(!value);
        }
    }

    public boolean isCollapsed() {
        return collapsed;
    }

    public boolean foldsAlways() {
        return foldAlways;
    }

    /** Below this map height the open legend would cover counties, so it starts folded. */
    static final double FOLD_BELOW = 640;

    /** Folds the legend on a short map unless the user has opened or closed it themselves. */
    void fitTo(double mapHeight) {
        this.mapHeight = mapHeight;
        if (!userChose && mapHeight > 0) {
            setCollapsed(foldAlways || mapHeight < FOLD_BELOW);
        }
    }

    /**
     * With {@code true}, the legend starts folded whatever the map's height (a map with no room to
     * spare, such as one of two side by side); the user can still open it. With {@code false}, the
     * map's height decides again.
     */
    public void setFoldAlways(boolean value) {
        foldAlways = value;
        if (!userChose) {
            setCollapsed(value || mapHeight > 0 && mapHeight < FOLD_BELOW);
        }
    }

    private Label label(AppState state, String key) {
        Label l = new Label();
        StringBinding b = state.tr(key);
        bindings.add(b);
        l.textProperty().bind(b);
        return l;
    }

    private HBox row(AppState state, String key, Canvas symbol) {
        HBox row = new HBox(8, symbol, label(state, key));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        return row;
    }

    private static Canvas swatch(Color fill, MapStyle style) {
        return line(gc -> {
            gc.setFill(fill);
            gc.fillRect(4, 1, 20, 14);
            gc.setStroke(style.cityBorder());
            gc.setLineWidth(1);
            gc.strokeRect(4.5, 1.5, 19, 13);
        });
    }

    private static Canvas line(java.util.function.Consumer<GraphicsContext> painter) {
        Canvas c = new Canvas(28, 16);
        painter.accept(c.getGraphicsContext2D());
        return c;
    }

    /** Releases the language bindings and the corridor toggle's subscription. */
    public void dispose() {
        for (StringBinding b : bindings) {
            b.dispose();
        }
        subscriptions.forEach(javafx.util.Subscription::unsubscribe);
        subscriptions.clear();
    }
}
