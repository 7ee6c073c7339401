package org.mountainsseas.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.YearRange;
import org.mountainsseas.model.YearView;

/**
 * The one observable root of the UI. Views read its read-only properties and change it only
 * through its commands; derived state (the partners of the selection) is a binding here, not in
 * the views. All changes happen on the FX thread.
 */
public final class AppState {
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset", Dataset.empty());
    private final ReadOnlyObjectWrapper<Map<String, LineSide>> sides = new ReadOnlyObjectWrapper<>(this, "sides", Map.of());
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    /** Problems met outside a load (the user's settings): they stay listed when new data are loaded. */
    private final List<LoadProblem> reported = new ArrayList<>();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final ReadOnlyObjectWrapper<Set<String>> selection = new ReadOnlyObjectWrapper<>(this, "selection", Set.of());
    private final ReadOnlyStringWrapper hovered = new ReadOnlyStringWrapper(this, "hovered");
    private final ReadOnlyObjectWrapper<Language> language;
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private final ReadOnlyObjectWrapper<CameraRequest> camera = new ReadOnlyObjectWrapper<>(this, "camera");
    private final ReadOnlyObjectWrapper<Spotlight> spotlight = new ReadOnlyObjectWrapper<>(this, "spotlight", Spotlight.NONE);
    private final ObjectBinding<Set<String>> highlighted;
    private final ObjectBinding<Emphasis> emphasis;
    private final ReviewState review = new ReviewState(dataset.getReadOnlyProperty());
    private final ChinaState china = new ChinaState();
    private final CompareState compare = new CompareState(dataset.getReadOnlyProperty());
    private final CorridorState corridors = new CorridorState(this::clearSelection);
    private final ReadOnlyObjectWrapper<Integer> year = new ReadOnlyObjectWrapper<>(this, "year");
    private final ObjectBinding<YearView> yearView;
    private final ReadOnlyObjectWrapper<AppMode> mode = new ReadOnlyObjectWrapper<>(this, "mode", AppMode.EXPLORER);
    /** The mode a lecture was started from, given back when it ends. */
    private AppMode beforeLecture = AppMode.EXPLORER;
    private final Language defaultLanguage;
    private long cameraSerial;

    public AppState(Language defaultLanguage) {
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage);
        this.language = new ReadOnlyObjectWrapper<>(this, "language", defaultLanguage);
        this.highlighted = Bindings.createObjectBinding(() -> {
            if (selection.get().isEmpty()) {
                return spotlit();
            }
            Set<String> out = new LinkedHashSet<>(selection.get());
            for (String s : selection.get()) {
                out.addAll(dataset.get().partnersOf(s));
            }
            return Collections.unmodifiableSet(out);
        }, selection, dataset, spotlight);
        this.emphasis = Bindings.createObjectBinding(
                () -> Emphasis.of(dataset.get(), selection.get(), spotlight.get(), highlighted.get()), highlighted);
        this.yearView = Bindings.createObjectBinding(
                () -> year.get() == null ? null : YearView.of(dataset.get(), year.get()), year, dataset);
    }

    private Set<String> spotlit() {
        Spotlight light = spotlight.get();
        Set<String> out = new LinkedHashSet<>(light.counties());
        for (var p : dataset.get().pairings()) {
            if (light.pairings().contains(p.id())) {
                out.add(p.mountain());
                if (p.partner() != null) {
                    out.add(p.partner());
                }
            }
        }
        for (var e : dataset.get().enclaves()) {
            if (light.enclaves().contains(e.id())) {
                out.add(e.host());
                out.add(e.beneficiary());
            }
        }
        out.remove(null);
        return Collections.unmodifiableSet(out);
    }

    // Properties

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public ReadOnlyObjectProperty<Map<String, LineSide>> sidesProperty() {
        return sides.getReadOnlyProperty();
    }

    /** The county's side of the Qingda Line, or null if unknown. */
    public LineSide sideOf(String adcode) {
        return sides.get().get(adcode);
    }

    /** Problems found while loading, for the warning badge; read-only. */
    public ObservableList<LoadProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected county's adcode, or null. */
    public String selected() {
        return selected.get();
    }

    /**
     * Every selected county: the selected one alone, or all the counties of the rows picked together
     * in a review table (the {@link #selected()} one among them); empty without a selection.
     */
    public ReadOnlyObjectProperty<Set<String>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Set<String> selection() {
        return selection.get();
    }

    public County selectedCounty() {
        return dataset.get().county(selected.get());
    }

    public ReadOnlyStringProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public String hovered() {
        return hovered.get();
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** What a presentation step highlights; {@link Spotlight#NONE} outside a presentation. */
    public ReadOnlyObjectProperty<Spotlight> spotlightProperty() {
        return spotlight.getReadOnlyProperty();
    }

    public Spotlight spotlight() {
        return spotlight.get();
    }

    /** The selected counties and their partners; without a selection, the spotlit counties (often empty). */
    public ObjectBinding<Set<String>> highlightedProperty() {
        return highlighted;
    }

    public Set<String> highlighted() {
        return highlighted.get();
    }

    /**
     * What the map draws in focus (counties, arcs, enclave markers), from the selection or else the
     * spotlight: one binding that every map painter reads.
     */
    public ObjectBinding<Emphasis> emphasisProperty() {
        return emphasis;
    }

    public Emphasis emphasis() {
        return emphasis.get();
    }

    /** What the app is being used as; views show or hide their controls from it. */
    public ReadOnlyObjectProperty<AppMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public AppMode mode() {
        return mode.get();
    }

    /** True while the app is in {@code m}: for a view's {@code visibleProperty().bind(..)}. */
    public BooleanBinding modeIs(AppMode m) {
        return mode.isEqualTo(m);
    }

    /** The review tools' filters, derived rows, comparison and data origin (issue #5). */
    /** The China view's extent and selection. */
    public ChinaState china() {
        return china;
    }

    /** The corridor layer's visibility and selection. */
    public CorridorState corridors() {
        return corridors;
    }

    /** Shows an item of cooperation beyond Zhejiang where it lives: selected on the China view. */
    public void showBeyond(String id) {
        china.showChina(true);
        china.selectItem(id);
    }

    /** Shows a corridor where it lives: selected on its layer (shown) of the Zhejiang map. */
    public void showCorridor(String id) {
        china.showChina(false);
        corridors.show(true);
        corridors.select(id);
    }

    public ReviewState review() {
        return review;
    }

    /** The year comparison: two years of the map side by side or under a swipe divider. */
    public CompareState compare() {
        return compare;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CameraRequest> cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    /** The timeline year (its end is what the map shows), or null for "all years / today". */
    public ReadOnlyObjectProperty<Integer> yearProperty() {
        return year.getReadOnlyProperty();
    }

    public Integer year() {
        return year.get();
    }

    /** What was in force in the timeline year; null when no year is set. Recomputed when the year or data change. */
    public ObjectBinding<YearView> yearViewProperty() {
        return yearView;
    }

    public YearView yearView() {
        return yearView.get();
    }

    /** Which years the data cover: the first and last year the timeline and the year filters offer. */
    public YearRange yearRange() {
        return YearRange.of(dataset.get());
    }

    /** A UI string in the current language that follows language changes. */
    public StringBinding tr(String key) {
        return Bindings.createStringBinding(() -> Messages.get(language.get(), key), language);
    }

    /** A formatted UI string in the current language, e.g. {@code trf("partners.count", 3)}. */
    public StringBinding trf(String key, Object... args) {
        return Bindings.createStringBinding(() -> Messages.format(language.get(), key, args), language);
    }

    /** The string for a key in the current language, now. */
    public String text(String key) {
        return Messages.get(language.get(), key);
    }

    public String format(String key, Object... args) {
        return Messages.format(language.get(), key, args);
    }

    // Commands

    /** Puts freshly loaded data in place: clears the selection and records the problems found (with those reported). */
    public void loadData(Dataset data, Map<String, LineSide> countySides, List<LoadProblem> loadProblems) {
        clearSelection();
        hovered.set(null);
        dataset.set(Objects.requireNonNull(data));
        sides.set(Map.copyOf(countySides));
        problems.setAll(loadProblems);
        reported.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
    }

    /**
     * Adds a problem that is not the data's (the user's settings could not be read or saved, say) to
     * those the warning badge lists, where it stays when other data are loaded; one already listed is
     * not added again.
     */
    public void reportProblem(LoadProblem problem) {
        if (!reported.contains(Objects.requireNonNull(problem))) {
            reported.add(problem);
        }
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    /** Selects a county by adcode; an unknown adcode or null clears the selection. */
    public void select(String adcode) {
        String known = dataset.get().county(adcode) != null ? adcode : null;
        selection.set(known == null ? Set.of() : Set.of(known));
        selected.set(known);
        corridors.clear();
    }

    /**
     * Selects several counties together (rows picked in a table); {@code primary} is the one whose
     * details show, or the first if it is not among them. Unknown adcodes are skipped.
     */
    public void selectAll(Collection<String> adcodes, String primary) {
        Set<String> known = new LinkedHashSet<>();
        for (String a : adcodes) {
            if (dataset.get().county(a) != null) {
                known.add(a);
            }
        }
        if (known.isEmpty()) {
            clearSelection();
            return;
        }
        selection.set(Collections.unmodifiableSet(known));
        selected.set(known.contains(primary) ? primary : known.iterator().next());
        corridors.clear();
    }

    /** Selects the county, or clears the selection if it is already selected. */
    public void toggleSelect(String adcode) {
        select(Objects.equals(adcode, selected.get()) ? null : adcode);
    }

    /** Clears the county selection and any selected corridor. */
    public void clearSelection() {
        selection.set(Set.of());
        selected.set(null);
        corridors.clear();
    }

    public void hover(String adcode) {
        hovered.set(dataset.get().county(adcode) != null ? adcode : null);
    }

    public void setLanguage(Language l) {
        language.set(Objects.requireNonNull(l));
    }

    public void toggleLanguage() {
        language.set(language.get().other());
    }

    /** Called by the map when its view settles or moves. */
    public void viewportChanged(Viewport v) {
        viewport.set(v);
    }

    /** Asks the map to fit the whole province. */
    public void goHome() {
        camera.set(new CameraRequest(CameraRequest.Kind.HOME, null, ++cameraSerial));
    }

    /** Asks the map to fit a county. */
    public void focus(String adcode) {
        if (dataset.get().county(adcode) != null) {
            camera.set(new CameraRequest(CameraRequest.Kind.COUNTY, adcode, ++cameraSerial));
        }
    }

    /** Asks the map to fit several counties together; unknown adcodes are skipped. */
    public void focusAll(List<String> adcodes) {
        List<String> known = adcodes.stream().filter(a -> dataset.get().county(a) != null).toList();
        if (!known.isEmpty()) {
            camera.set(new CameraRequest(CameraRequest.Kind.COUNTIES, null, ++cameraSerial, known, 0, 0, 0));
        }
    }

    /** Asks the map to centre on a point at a zoom level. */
    public void lookAt(double lat, double lon, double zoom) {
        camera.set(new CameraRequest(CameraRequest.Kind.POINT, null, ++cameraSerial, List.of(), lat, lon, zoom));
    }

    /** Puts a presentation step's highlights in the light (null or NONE clears them). */
    public void spotlight(Spotlight light) {
        spotlight.set(light == null ? Spotlight.NONE : light);
    }

    /** Shows the state at the end of {@code y}, clamped to {@link #yearRange()}. */
    public void setYear(int y) {
        year.set(yearRange().clamp(y));
    }

    /** Back to "all years / today". */
    public void clearYear() {
        year.set(null);
    }

    /** Moves the year by {@code delta}; from "all years" a step back starts at the last year, a step on at the first. */
    public void stepYear(int delta) {
        setYear(yearRange().step(year.get(), delta));
    }

    /** Turns the app into a visitors' kiosk (for as long as it runs, or until {@link #leaveKiosk()}). */
    public void enterKiosk() {
        mode.set(AppMode.KIOSK);
    }

    /** Back to the explorer after a kiosk (the admin's exit, or a test). */
    public void leaveKiosk() {
        if (mode.get() == AppMode.KIOSK) {
            mode.set(AppMode.EXPLORER);
        }
    }

    /** A lecture takes the screen; {@link #endLecture()} gives back the mode it started from. */
    public void startLecture() {
        if (mode.get() != AppMode.LECTURE) {
            beforeLecture = mode.get();
            mode.set(AppMode.LECTURE);
        }
    }

    public void endLecture() {
        if (mode.get() == AppMode.LECTURE) {
            mode.set(beforeLecture);
        }
    }

    /** Back to the start: no selection, no hover, no year, default language, home view; the mode stays. */
    public void reset() {
        year.set(null);
        clearSelection();
        hovered.set(null);
        spotlight.set(Spotlight.NONE);
        language.set(defaultLanguage);
        goHome();
    }
}
