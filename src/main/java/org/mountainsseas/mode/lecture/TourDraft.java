package org.mountainsseas.mode.lecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;

/**
 * A tour being edited: its title and its steps in order, each remembering its chapter. Steps are
 * a flat list for the editor; {@link #toTour()} groups each run of steps of one chapter back into
 * it, so a tour that is opened and saved unchanged is the same tour. A step moved past a chapter's
 * edge joins the chapter of the step it passed, so chapters stay together.
 */
public final class TourDraft {
    /** One step and the chapter it belongs to ({@code chapter} tells chapters apart; titles may repeat). */
    public record Entry(int chapter, Text chapterTitle, Tour.Step step) {
        public Entry {
            Objects.requireNonNull(chapterTitle);
            Objects.requireNonNull(step);
        }

        Entry with(Tour.Step s) {
            return new Entry(chapter, chapterTitle, s);
        }

        Entry in(Entry other) {
            return new Entry(other.chapter, other.chapterTitle, step);
        }
    }

    private final String name;
    private final ReadOnlyObjectWrapper<Text> title = new ReadOnlyObjectWrapper<>(this, "title");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(entries);
    private int chapters;

    /** A draft of {@code tour} to be saved as the own tour {@code name}. */
    public TourDraft(String name, Tour tour) {
        this(name, tour.title());
        for (Tour.Chapter c : tour.chapters()) {
            int key = chapters++;
            for (Tour.Step s : c.steps()) {
                entries.add(new Entry(key, c.title(), s));
            }
        }
    }

    /** An empty draft: its first step starts a chapter named like the tour. */
    public TourDraft(String name, Text title) {
        this.name = Objects.requireNonNull(name);
        this.title.set(Objects.requireNonNull(title));
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<Text> titleProperty() {
        return title.getReadOnlyProperty();
    }

    public Text title() {
        return title.get();
    }

    /** The steps in order (read-only: change them with the commands). */
    public ObservableList<Entry> entries() {
        return readOnly;
    }

    public int size() {
        return entries.size();
    }

    /** The tour as it stands, or null while it has no step (a tour file needs one). */
    public Tour toTour() {
        if (entries.isEmpty()) {
            return null;
        }
        List<Tour.Chapter> out = new ArrayList<>();
        List<Tour.Step> run = new ArrayList<>();
        Entry first = entries.get(0);
        for (Entry e : entries) {
            if (e.chapter() != first.chapter()) {
                out.add(new Tour.Chapter(first.chapterTitle(), run));
                run = new ArrayList<>();
                first = e;
            }
            run.add(e.step());
        }
        out.add(new Tour.Chapter(first.chapterTitle(), run));
        return new Tour(name + ".json", title.get(), out);
    }

    /** A step id not used yet in this tour. */
    public String freeId() {
        Set<String> used = new HashSet<>();
        entries.forEach(e -> used.add(e.step().id()));
        int n = entries.size() + 1;
        while (used.contains("step-" + n)) {
            n++;
        }
        return "step-" + n;
    }

    // Commands

    public void rename(Text newTitle) {
        title.set(Objects.requireNonNull(newTitle));
    }

    /** Inserts {@code step} at {@code index}, in the chapter of the step before it (or after it, at the top). */
    public void add(int index, Tour.Step step) {
        int i = Math.max(0, Math.min(entries.size(), index));
        Entry neighbour = i > 0 ? entries.get(i - 1) : entries.isEmpty() ? null : entries.get(0);
        entries.add(i, neighbour == null ? new Entry(chapters++, title.get(), step) : neighbour.with(step));
    }

    public void replace(int index, Tour.Step step) {
        entries.set(index, entries.get(index).with(step));
    }

    public void remove(int index) {
        entries.remove(index);
    }

    /**
     * Moves step {@code from} to {@code to}; it joins the chapter of the step now before it (or
     * after it, at the top). Returns false when nothing moved.
     */
    public boolean moveTo(int from, int to) {
        int t = Math.max(0, Math.min(entries.size() - 1, to));
        if (from < 0 || from >= entries.size() || t == from) {
            return false;
        }
        Entry moved = entries.get(from);
        List<Entry> all = new ArrayList<>(entries);
        all.remove(from);
        Entry neighbour = t > 0 ? all.get(t - 1) : all.get(0);
        all.add(t, moved.in(neighbour));
        entries.setAll(all);
        return true;
    }
}
