package org.mountainsseas.mode.kiosk;

import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;

/**
 * The kiosk's visitor layout: the headline band on top, the map as the hero with the flows and
 * the two sides of the Qingda Line over it, the county card beside the map (landscape) or under
 * it (portrait, pseudo-class {@code :portrait}), and a bar of big buttons at the bottom: Home,
 * Find your hometown, then and now, pause motion, language. No filters, review tools or file
 * commands: those are the officials' explorer's.
 */
public final class VisitorLayout extends BorderPane {
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    /** Narrower than this, the headline's numbers go under its words, as on a portrait screen. */
    private static final double STACKED_BELOW = 1600;
    private final HeadlineBand headline;
    private final SideLabels sides;
    private final FlowLayer flows;
    private final VisitorCard card;
    private final ThenAndNow thenAndNow;
    private final VBox bottom = new VBox();
    private final FlowPane bar = new FlowPane();
    private final Subscription subscription;
    private boolean portrait;

    /**
     * @param motion whether the flows move (the pause-motion control turns it off)
     * @param findHometown opens the city picker
     * @param home back to the home view with nothing selected
     */
    public VisitorLayout(AppState state, MapPane map, BooleanProperty motion, Runnable findHometown, Runnable home) {
        getStyleClass().add("kiosk-visitor");
        // the kiosk fills its screen whatever its parts would like: the map gives way, never the screen
        setMinSize(0, 0);
        setId("kiosk-visitor");
        headline = new HeadlineBand(state);
        sides = new SideLabels(state, map);
        flows = new FlowLayer(state, map, motion);
        StackPane hero = new StackPane(map, flows, sides);
        hero.getStyleClass().add("kiosk-hero");
        hero.setMinSize(0, 0);
        card = new VisitorCard(state);
        thenAndNow = new ThenAndNow(state);
        Button homeButton = button("kiosk-home", state, "kiosk.home");
        homeButton.setOnAction(e -> home.run());
        Button find = button("find-hometown", state, "kiosk.find");
        find.getStyleClass().add("primary");
        find.setOnAction(e -> findHometown.run());
        ToggleButton pause = new ToggleButton();
        pause.setId("pause-motion");
        pause.getStyleClass().add("kiosk-bar-button");
        pause.setFocusTraversable(false);
        pause.setSelected(!motion.get());
        pause.setOnAction(e -> motion.set(!pause.isSelected()));
        Button language = button("language", state, "lang.switch");
        language.setOnAction(e -> state.toggleLanguage());
        bar.getStyleClass().add("kiosk-bar");
        bar.getChildren().addAll(homeButton, find, thenAndNow, pause, language);
        bottom.getStyleClass().add("kiosk-bottom");
        setTop(headline);
        setCenter(hero);
        setBottom(bottom);
        subscription = motion.subscribe(on -> {
            pause.setSelected(!on);
            pause.textProperty().unbind();
            pause.textProperty().bind(state.tr(on ? "kiosk.motion.pause" : "kiosk.motion.play"));
        });
        arrange();
    }

    private static Button button(String id, AppState state, String key) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("kiosk-bar-button");
        b.textProperty().bind(state.tr(key));
        b.setFocusTraversable(false);
        return b;
    }

    @Override
    protected void layoutChildren() {
        boolean tall = getHeight() > getWidth();
        if (tall != portrait) {
            portrait = tall;
            arrange();
        }
        headline.setPortrait(portrait || getWidth() < STACKED_BELOW);
        if (getWidth() > 0) {
            // a flow pane's preferred height assumes 400 px unless told the width it will have
            bar.setPrefWrapLength(getWidth() - 40);
        }
        super.layoutChildren();
    }

    /** Puts the card beside the map (landscape) or between the map and the bar (portrait). */
    private void arrange() {
        pseudoClassStateChanged(PORTRAIT, portrait);
        headline.setPortrait(portrait || getWidth() > 0 && getWidth() < STACKED_BELOW);
        if (portrait) {
            setRight(null);
            bottom.getChildren().setAll(card, bar);
        } else {
            bottom.getChildren().setAll(bar);
            setRight(card);
        }
    }

    /**
     * Selects a county and flies the map to it once the layout has made room for its card: a flight
     * worked out on the map's old width would leave the county under the card.
     */
    static void goTo(AppState state, javafx.scene.Node any, String adcode) {
        state.select(adcode);
        layoutNow(any);
        state.focus(adcode);
    }

    /** Lays the scene out now, so the map has its new size before a camera request. */
    static void layoutNow(javafx.scene.Node any) {
        if (any.getScene() != null) {
            any.getScene().getRoot().applyCss();
            any.getScene().getRoot().layout();
        }
    }

    public FlowLayer flows() {
        return flows;
    }

    public boolean portrait() {
        return portrait;
    }

    /** Removes every listener the layout's parts added. */
    public void dispose() {
        subscription.unsubscribe();
        headline.dispose();
        sides.dispose();
        flows.dispose();
        card.dispose();
        thenAndNow.dispose();
    }
}
