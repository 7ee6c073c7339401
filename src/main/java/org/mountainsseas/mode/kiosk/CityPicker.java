package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.state.AppState;

/**
 * "Find your hometown" without a keyboard: a big button per prefecture city (Zhejiang has 11),
 * then a big button per county of that city; choosing one selects it and flies the map there.
 * An overlay over the kiosk, closed by a tap on its Close button or outside the panel.
 */
public final class CityPicker extends StackPane {
    private final AppState state;
    private final VBox panel = new VBox();
    private final Label title = new Label();
    private final FlowPane choices = new FlowPane();
    private final HBox actions = new HBox();

    public CityPicker(AppState state) {
        this.state = state;
        setId("city-picker");
        getStyleClass().add("kiosk-dim");
        setVisible(false);
        title.getStyleClass().addAll("kiosk-heading", "kiosk-picker-title");
        title.setWrapText(true);
        choices.getStyleClass().add("kiosk-picker-choices");
        actions.getStyleClass().add("kiosk-picker-actions");
        panel.getStyleClass().add("kiosk-picker");
        // its drop shadow is blurred once, not on each frame the lights move beside it
        panel.setCache(true);
        panel.getChildren().addAll(title, choices, actions);
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(panel, Pos.CENTER);
        getChildren().add(panel);
        // a tap on the dim backdrop closes, one on the panel does not
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close();
            }
        });
    }

    /** The prefecture cities of the data, by adcode, with their counties in adcode order. Pure. */
    static Map<String, List<County>> byCity(Dataset data) {
        Map<String, List<County>> out = new TreeMap<>();
        for (County c : data.counties()) {
            if (c.cityAdcode() != null) {
                out.computeIfAbsent(c.cityAdcode(), k -> new ArrayList<>()).add(c);
            }
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(County::adcode)));
        return out;
    }

    /** Shows the cities. */
    public void open() {
        title.setText(state.text("kiosk.find.title"));
        choices.getChildren().clear();
        for (var e : byCity(state.dataset()).entrySet()) {
            County first = e.getValue().get(0);
            Button city = choice("city-" + e.getKey(), first.city().get(state.language()));
            city.setOnAction(a -> showCity(e.getValue()));
            choices.getChildren().add(city);
        }
        actions.getChildren().setAll(closeButton());
        setVisible(true);
        toFront();
    }

    private void showCity(List<County> counties) {
        title.setText(counties.get(0).city().get(state.language()));
        choices.getChildren().clear();
        for (County c : counties) {
            Button b = choice("pick-" + c.adcode(), org.mountainsseas.i18n.ShownText.name(c.name().get(state.language())));
            b.setOnAction(a -> {
                close();
                VisitorLayout.goTo(state, this, c.adcode());
            });
            choices.getChildren().add(b);
        }
        Button back = choice("city-back", state.text("kiosk.find.back"));
        back.setOnAction(a -> open());
        actions.getChildren().setAll(back, closeButton());
    }

    private Button closeButton() {
        Button close = choice("city-close", state.text("kiosk.find.close"));
        close.setOnAction(a -> close());
        return close;
    }

    private static Button choice(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("kiosk-choice");
        b.setFocusTraversable(false);
        return b;
    }

    public void close() {
        setVisible(false);
        choices.getChildren().clear();
    }

    public boolean showing() {
        return isVisible();
    }
}
