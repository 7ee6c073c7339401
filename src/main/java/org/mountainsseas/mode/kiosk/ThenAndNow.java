package org.mountainsseas.mode.kiosk;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.TimelineEvent;
import org.mountainsseas.state.AppState;

/**
 * The visitors' timeline: "then and now" as a few big year buttons (2003, 2012, 2021, today)
 * in place of the officials' year track. A year shows the map at the end of that year, with the
 * first event the data date in it as the caption; "today" shows the data as they stand.
 */
public final class ThenAndNow extends HBox {
    static final List<Integer> YEARS = List.of(2003, 2012, 2021);
    private final AppState state;
    private final ToggleGroup group = new ToggleGroup();
    private final Label caption = new Label();
    private final Subscription subscription;

    public ThenAndNow(AppState state) {
        this.state = state;
        setId("then-and-now");
        getStyleClass().add("kiosk-then-now");
        for (int y : YEARS) {
            getChildren().add(toggle("year-" + y, Integer.toString(y), () -> state.setYear(y)));
        }
        ToggleButton now = toggle("year-now", "", state::clearYear);
        now.textProperty().bind(state.tr("kiosk.then.now"));
        getChildren().add(now);
        caption.getStyleClass().add("kiosk-then-caption");
        caption.setWrapText(true);
        caption.setId("then-caption");
        getChildren().add(caption);
        subscription = state.yearProperty().subscribe(this::show).and(state.languageProperty().subscribe(this::show));
        show();
    }

    private ToggleButton toggle(String id, String text, Runnable action) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("kiosk-year");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show() {
        Integer y = state.year();
        String id = y == null ? "year-now" : "year-" + y;
        getChildren().stream().filter(n -> n instanceof ToggleButton && id.equals(n.getId()))
                .findFirst().ifPresentOrElse(n -> group.selectToggle((ToggleButton) n), () -> group.selectToggle(null));
        caption.setText(y == null ? state.format("kiosk.then.now.caption", state.dataset().dataDate())
                : captionOf(state.dataset(), y, state.language()));
    }

    /** The first event the data date in a year, as "date: event", or just the year. Pure. */
    static String captionOf(Dataset data, int year, Language lang) {
        for (TimelineEvent e : data.timeline()) {
            if (e.date() != null && e.date().hasYear() && e.date().year() == year) {
                return e.date().text().get(lang) + (lang == Language.ZH ? "：" : ": ") + e.event().get(lang);
            }
        }
        return Integer.toString(year);
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
