package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.YearRange;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;

/**
 * The filters: prefecture city, class, enclave type, years (from–to; "to" alone reads "by then"),
 * confidence and "unknowns only", with a chip row below naming each active filter; a chip's ✕
 * removes that filter. Menus and chips are rebuilt from the state, so they always show what applies.
 */
public final class FilterBar extends VBox {
    private final AppState state;
    /** Wraps onto a second row where the window is too narrow for them all, so no label is cut off. */
    private final FlowPane controls = new FlowPane(8, 4);
    private final FlowPane chips = new FlowPane(6, 4);
    private final InvalidationListener onChange = o -> rebuild();

    public FilterBar(AppState state) {
        this.state = state;
        setId("filter-bar");
        getStyleClass().add("filter-bar");
        setSpacing(4);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setRowValignment(javafx.geometry.VPos.CENTER);
        // as narrow as its widest control; the review bar lets it grow into the room there is
        controls.setPrefWrapLength(0);
        controls.setId("filter-controls");
        chips.setId("filter-chips");
        chips.getStyleClass().add("filter-chips");
        getChildren().addAll(controls, chips);
        state.review().filterProperty().addListener(onChange);
        state.languageProperty().addListener(onChange);
        state.datasetProperty().addListener(onChange);
        rebuild();
    }

    private ReviewFilter f() {
        return state.review().filter();
    }

    private void rebuild() {
        // keep the keyboard where it was: the controls are replaced, so re-focus the one with the same id
        String focusedId = focusedControl();
        Language l = state.language();
        Map<String, String> cities = cities(l);
        controls.getChildren().setAll(
                menu("filter-city", "review.filter.city", cities, f().cities(), v -> f().withCities(v)),
                menu("filter-class", "review.filter.class", labels(CountyClass.class, c -> Formats.countyClass(c, l)),
                        f().classes(), v -> f().withClasses(v)),
                menu("filter-enclave", "review.filter.enclave", labels(EnclaveType.class, t -> Formats.enclaveType(t, l)),
                        f().enclaveTypes(), v -> f().withEnclaveTypes(v)),
                years(),
                menu("filter-confidence", "review.filter.confidence", labels(Confidence.class, c -> Formats.confidence(c, l)),
                        f().confidences(), v -> f().withConfidences(v)),
                gaps());
        chips(l, cities);
        if (focusedId != null) {
            var again = controls.lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    /** The id of the filter control that has the keyboard (the year menus sit one level down), or null. */
    private String focusedControl() {
        for (var n = getScene() == null ? null : getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getParent() == controls || n.getParent() instanceof HBox box && box.getParent() == controls) {
                return n.getId();
            }
        }
        return null;
    }

    private Map<String, String> cities(Language l) {
        Map<String, String> out = new LinkedHashMap<>();
        for (County c : state.dataset().counties()) {
            out.putIfAbsent(c.cityAdcode(), c.city().get(l));
        }
        return out;
    }

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Function<E, String> label) {
        Map<E, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e, label.apply(e));
        }
        return out;
    }

    private <K> MenuButton menu(String id, String key, Map<K, String> options, Set<K> chosen,
                                Function<Set<K>, ReviewFilter> with) {
        MenuButton m = new MenuButton(state.text(key) + (chosen.isEmpty() ? "" : " (" + chosen.size() + ")"));
        m.setId(id);
        for (Map.Entry<K, String> o : options.entrySet()) {
            CheckMenuItem item = new CheckMenuItem(o.getValue());
            item.setSelected(chosen.contains(o.getKey()));
            item.setOnAction(e -> {
                Set<K> next = new java.util.HashSet<>(chosen);
                if (item.isSelected()) {
                    next.add(o.getKey());
                } else {
                    next.remove(o.getKey());
                }
                state.review().setFilter(with.apply(next));
            });
            m.getItems().add(item);
        }
        return m;
    }

    private HBox years() {
        YearRange span = state.yearRange();
        // each bound is picked against the filter as it stands then, so the other bound is kept
        YearMenu from = new YearMenu(state, "filter-year-from", "review.filter.yearFrom", span, f().yearFrom(),
                y -> f().withYears(y, f().yearTo()));
        YearMenu to = new YearMenu(state, "filter-year-to", "review.filter.yearTo", span, f().yearTo(),
                y -> f().withYears(f().yearFrom(), y));
        Label title = new Label(state.text("review.filter.years"));
        title.setLabelFor(from);
        HBox box = new HBox(4, title, from, new Label("–"), to);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private ToggleButton gaps() {
        ToggleButton b = new ToggleButton(state.text("review.filter.gaps"));
        b.setId("filter-gaps");
        b.setSelected(f().gapsOnly());
        b.setOnAction(e -> state.review().setFilter(f().withGapsOnly(b.isSelected())));
        return b;
    }

    private void chips(Language l, Map<String, String> cities) {
        List<Button> out = new ArrayList<>();
        ReviewFilter f = f();
        for (String c : new TreeSet<>(f.cities())) {
            out.add(chip(cities.getOrDefault(c, c), () -> without(f.cities(), c, f::withCities)));
        }
        for (CountyClass c : f.classes()) {
            out.add(chip(Formats.countyClass(c, l), () -> f.withClasses(minus(f.classes(), c, CountyClass.class))));
        }
        for (EnclaveType t : f.enclaveTypes()) {
            out.add(chip(Formats.enclaveType(t, l), () -> f.withEnclaveTypes(minus(f.enclaveTypes(), t, EnclaveType.class))));
        }
        if (f.yearBounded()) {
            // years as text, so MessageFormat does not write 2,015
            String from = String.valueOf(f.yearFrom()), to = String.valueOf(f.yearTo());
            String text = f.yearFrom() == null ? state.format("review.chip.by", to)
                    : f.yearTo() == null ? state.format("review.chip.from", from)
                    : state.format("review.chip.range", from, to);
            out.add(chip(text, () -> f.withYears(null, null)));
        }
        for (Confidence c : f.confidences()) {
            out.add(chip(state.text("confidence.label") + " " + Formats.confidence(c, l),
                    () -> f.withConfidences(minus(f.confidences(), c, Confidence.class))));
        }
        if (f.gapsOnly()) {
            out.add(chip(state.text("review.filter.gaps"), () -> f.withGapsOnly(false)));
        }
        chips.getChildren().setAll(out);
        if (!out.isEmpty()) {
            Button clear = new Button(state.text("review.filter.clear"));
            clear.setId("filter-clear");
            clear.getStyleClass().add("chip-clear");
            clear.setOnAction(e -> state.review().clearFilters());
            chips.getChildren().add(clear);
        }
        chips.setVisible(!out.isEmpty());
        chips.setManaged(!out.isEmpty());
    }

    private static ReviewFilter without(Set<String> set, String value, Function<Set<String>, ReviewFilter> with) {
        Set<String> next = new java.util.HashSet<>(set);
        next.remove(value);
        return with.apply(next);
    }

    private static <E extends Enum<E>> Set<E> minus(Set<E> set, E value, Class<E> type) {
        EnumSet<E> next = EnumSet.noneOf(type);
        next.addAll(set);
        next.remove(value);
        return next;
    }

    private Button chip(String text, java.util.function.Supplier<ReviewFilter> without) {
        Button b = new Button(text + "  ✕");
        b.getStyleClass().add("chip");
        b.setAccessibleText(state.format("review.chip.remove", text));
        b.setOnAction(e -> state.review().setFilter(without.get()));
        return b;
    }

    /** The chips now shown (for tests): their text. */
    public List<String> chipTexts() {
        List<String> out = new ArrayList<>();
        chips.getChildren().forEach(n -> out.add(((Button) n).getText()));
        return out;
    }

    public void dispose() {
        state.review().filterProperty().removeListener(onChange);
        state.languageProperty().removeListener(onChange);
        state.datasetProperty().removeListener(onChange);
    }
}
