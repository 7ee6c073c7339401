package org.mountainsseas.mode.compare;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.panel.YearChangesPanel;
import org.mountainsseas.panel.YearPicker;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CompareState;

/**
 * Compare two years (docs/review.md): a bar with the two years' pickers, split or swipe, and
 * "Back to the map"; the two maps ({@link CompareMaps}); and on the right the changes between the
 * years ({@link YearChangesPanel}). A tap on either map selects the county on both (its partners
 * light up) and clears the chosen change; the sea clears. Esc goes back to the map. Built when
 * the comparison opens and {@linkplain #dispose() disposed} when it closes.
 */
public final class CompareView extends BorderPane {
    private final AppState state;
    private final CompareState compare;
    private final YearSide a;
    private final YearSide b;
    private final CompareMaps maps;
    private final YearPicker pickerA;
    private final YearPicker pickerB;
    private final YearChangesPanel changes;
    private final ToggleButton split = new ToggleButton();
    private final ToggleButton swipe = new ToggleButton();
    private final Subscription subscriptions;

    /** @param print exports the comparison as a page (PDF or PNG), asking where; the app's map export */
    public CompareView(AppState state, Atlas atlas, Map<String, List<double[]>> cityOutlines, Runnable print) {
        this.state = state;
        this.compare = state.compare();
        setId("compare-view");
        getStyleClass().add("compare-view");
        a = new YearSide(state, compare.yearAProperty(), compare.chosenProperty(), atlas, cityOutlines);
        b = new YearSide(state, compare.yearBProperty(), compare.chosenProperty(), atlas, cityOutlines);
        a.map().setTapAction((x, y) -> tap(a.map().pick(x, y)));
        b.map().setTapAction((x, y) -> tap(b.map().pick(x, y)));
        maps = new CompareMaps(state, a, b);
        pickerA = new YearPicker(a.state(), "compare.caption.a", compare::setYearA, () -> compare.setYearA(null), compare::stepYearA);
        pickerB = new YearPicker(b.state(), "compare.caption.b", compare::setYearB, () -> compare.setYearB(null), compare::stepYearB);
        pickerA.setId("year-picker-a");
        pickerB.setId("year-picker-b");
        changes = new YearChangesPanel(state);
        changes.setPrefWidth(340);
        changes.setMinWidth(260);
        setTop(bar(print));
        setCenter(maps);
        setRight(changes);
        subscriptions = compare.swipeProperty().subscribe(on -> (on ? swipe : split).setSelected(true));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                compare.close();
                e.consume();
            }
        });
    }

    private VBox bar(Runnable print) {
        Label title = new Label();
        title.textProperty().bind(state.tr("compare.title"));
        title.getStyleClass().add("compare-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        split.setId("compare-split");
        swipe.setId("compare-swipe");
        split.textProperty().bind(state.tr("compare.split"));
        swipe.textProperty().bind(state.tr("compare.swipe"));
        for (ToggleButton t : List.of(split, swipe)) {
            t.setToggleGroup(group);
            t.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(state.tr("compare.mode.tip"));
            t.setTooltip(tip);
        }
        split.setOnAction(e -> {
            compare.setSwipe(false);
            split.setSelected(true);
        });
        swipe.setOnAction(e -> {
            compare.setSwipe(true);
            swipe.setSelected(true);
        });
        Button close = new Button();
        close.setId("compare-close");
        close.textProperty().bind(state.tr("compare.close"));
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(state.tr("compare.close.tip"));
        close.setTooltip(closeTip);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> compare.close());
        Button export = new Button();
        export.setId("compare-print");
        export.textProperty().bind(state.tr("review.export.map"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(e -> print.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox first = new HBox(10, title, split, swipe, spacer, export, close);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pickerA, Priority.ALWAYS);
        HBox.setHgrow(pickerB, Priority.ALWAYS);
        pickerA.setPrefWidth(100);
        pickerB.setPrefWidth(100);
        HBox years = new HBox(24, pickerA, pickerB);
        years.setAlignment(Pos.CENTER_LEFT);
        // the timeline's own key to its colours and hatching: the maps draw each year as it does
        Label key = new Label();
        key.textProperty().bind(state.tr("timeline.legend"));
        key.getStyleClass().add("timeline-legend");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        VBox bar = new VBox(4, first, years, key);
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private void tap(String adcode) {
        compare.choose(null);
        for (YearSide side : List.of(a, b)) {
            if (adcode == null) {
                side.state().clearSelection();
            } else {
                side.state().toggleSelect(adcode);
            }
        }
    }

    /** The map of year A (true) or B (false). */
    public MapPane map(boolean sideA) {
        return sideA ? a.map() : b.map();
    }

    /** The state behind the map of year A (true) or B (false): its year, selection and highlights (for tests). */
    public AppState sideState(boolean sideA) {
        return sideA ? a.state() : b.state();
    }

    public YearPicker picker(boolean sideA) {
        return sideA ? pickerA : pickerB;
    }

    public YearChangesPanel changes() {
        return changes;
    }

    /** The swipe divider (for tests and keyboard focus). */
    public javafx.scene.Node divider() {
        return maps.divider();
    }

    /** Whether either map is still moving or showing a moved image (a snapshot waits for both to settle). */
    public boolean moving() {
        return a.map().moving() || b.map().moving();
    }

    /** Stops following the state and disposes both maps and every panel. */
    public void dispose() {
        subscriptions.unsubscribe();
        maps.dispose();
        pickerA.dispose();
        pickerB.dispose();
        changes.dispose();
        a.dispose();
        b.dispose();
    }
}
