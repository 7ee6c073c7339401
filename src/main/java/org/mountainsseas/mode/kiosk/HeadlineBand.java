package org.mountainsseas.mode.kiosk;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.state.AppState;

/**
 * The kiosk's headline band: the title, one sentence on what the Qingda Line means, and a few
 * large sourced numbers ({@link HeadlineFigures}), each with its date. Tapping a number shows its
 * source line under it; tapping again hides it. On a landscape screen the words and the numbers
 * stand side by side, on a portrait totem the numbers go under the words. Rebuilt when the
 * language or the data change.
 */
public final class HeadlineBand extends StackPane {
    private final AppState state;
    private final VBox words;
    private final FlowPane tiles = new FlowPane();
    private final Subscription subscription;
    private Boolean portrait;

    public HeadlineBand(AppState state) {
        this.state = state;
        getStyleClass().add("kiosk-headline");
        setId("kiosk-headline");
        Label title = new Label();
        title.getStyleClass().addAll("kiosk-title", "kiosk-heading");
        title.textProperty().bind(state.tr("kiosk.headline"));
        title.setWrapText(true);
        Label sentence = new Label();
        sentence.getStyleClass().add("kiosk-sentence");
        sentence.setWrapText(true);
        sentence.textProperty().bind(state.tr("kiosk.headline.sentence"));
        words = new VBox(title, sentence);
        words.setMinWidth(0);
        words.getStyleClass().add("kiosk-headline-words");
        tiles.getStyleClass().add("kiosk-figures");
        setPortrait(false);
        subscription = state.languageProperty().subscribe(this::rebuild)
                .and(state.datasetProperty().subscribe(this::rebuild));
        rebuild();
    }

    /** Words beside the numbers (landscape) or above them (portrait). */
    public void setPortrait(boolean tall) {
        if (Boolean.valueOf(tall).equals(portrait)) {
            return;
        }
        portrait = tall;
        words.getChildren().remove(tiles);
        getChildren().clear();
        if (tall) {
            words.getChildren().add(tiles);
            getChildren().add(words);
        } else {
            HBox row = new HBox(words, tiles);
            row.getStyleClass().add("kiosk-headline-row");
            HBox.setHgrow(words, Priority.ALWAYS);
            tiles.setMinWidth(FlowPane.USE_PREF_SIZE);
            getChildren().add(row);
        }
    }

    @Override
    protected void layoutChildren() {
        // a flow pane's preferred height assumes 400 px unless told the width it will have
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        // landscape: all the numbers in one row beside the words (a tile is 240 px, the gap 14)
        tiles.setPrefWrapLength(portrait && inner > 0 ? inner : tiles.getChildren().size() * 254);
        super.layoutChildren();
    }

    private void rebuild() {
        tiles.getChildren().clear();
        for (HeadlineFigures.Tile t : HeadlineFigures.of(state.dataset(), state.language())) {
            Label number = label(t.number(), "kiosk-number");
            Label label = label(t.label(), "kiosk-number-label");
            Label date = label(t.date(), "kiosk-number-date");
            Label source = label(state.format("kiosk.figure.source", t.source().isEmpty() ? "—" : t.source()), "kiosk-source");
            source.setVisible(false);
            source.setManaged(false);
            VBox tile = new VBox(number, label, date, source);
            tile.setId("figure-" + t.id());
            tile.getStyleClass().add("kiosk-figure");
            // a tap says where the number comes from; the whole tile is the target
            tile.setOnMouseClicked(e -> {
                source.setVisible(!source.isVisible());
                source.setManaged(source.isVisible());
            });
            tiles.getChildren().add(tile);
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
