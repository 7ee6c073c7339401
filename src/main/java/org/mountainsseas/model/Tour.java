package org.mountainsseas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A guided tour: chapters of steps a teacher walks through. Each step says where the camera goes,
 * what is highlighted, and what the caption says (in both languages, with its sources).
 * Tours are data (see docs/tour-format.md); {@code org.mountainsseas.data.TourReader} reads and checks them.
 */
public record Tour(String file, Text title, List<Chapter> chapters) {
    public Tour {
        chapters = List.copyOf(chapters);
    }

    /** A titled group of steps. */
    public record Chapter(Text title, List<Step> steps) {
        public Chapter {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step. {@code year} may be null; {@code chart} lists province-figure ids to draw as a bar chart
     * (empty for none); {@code sources} are source ids and never empty; {@code notes} are the speaker's
     * notes, shown only in the presenter view, or null when the step has none.
     */
    public record Step(String id, Text title, Text caption, Camera camera, Highlight highlight,
                       List<String> sources, Integer year, List<String> chart, Text notes) {
        public Step {
            sources = List.copyOf(sources);
            chart = List.copyOf(chart);
        }

        /** A step without speaker notes. */
        public Step(String id, Text title, Text caption, Camera camera, Highlight highlight,
                    List<String> sources, Integer year, List<String> chart) {
            this(id, title, caption, camera, highlight, sources, year, chart, null);
        }

        /** Whether the step carries speaker notes. */
        public boolean hasNotes() {
            return notes != null;
        }
    }

    /**
     * Where the camera goes: the whole province, a fit around counties, a point and zoom level, or
     * the China view (the map of China with the cooperation beyond Zhejiang) instead of the province.
     */
    public record Camera(Kind kind, List<String> fit, double lat, double lon, double zoom) {
        /** The kinds of camera move. */
        public enum Kind { HOME, FIT, POINT, CHINA }

        public Camera {
            fit = List.copyOf(fit);
        }

        public static Camera home() {
            return new Camera(Kind.HOME, List.of(), 0, 0, 0);
        }

        public static Camera fit(List<String> adcodes) {
            return new Camera(Kind.FIT, adcodes, 0, 0, 0);
        }

        public static Camera point(double lat, double lon, double zoom) {
            return new Camera(Kind.POINT, List.of(), lat, lon, zoom);
        }

        /** The China view, framed around the items beyond Zhejiang the step highlights (all of China when none). */
        public static Camera china() {
            return new Camera(Kind.CHINA, List.of(), 0, 0, 0);
        }
    }

    /**
     * What a step highlights: counties, pairing arcs, enclave markers, the Qingda Line, items
     * beyond Zhejiang ({@code B…} ids) and mountain–sea corridors ({@code L…} ids).
     */
    public record Highlight(List<String> counties, List<String> pairings, List<String> enclaves, boolean qingdaLine,
                            List<String> beyond, List<String> corridors) {
        public static final Highlight NONE = new Highlight(List.of(), List.of(), List.of(), false);

        /** A highlight inside Zhejiang only. */
        public Highlight(List<String> counties, List<String> pairings, List<String> enclaves, boolean qingdaLine) {
            this(counties, pairings, enclaves, qingdaLine, List.of(), List.of());
        }

        public Highlight {
            counties = List.copyOf(counties);
            pairings = List.copyOf(pairings);
            enclaves = List.copyOf(enclaves);
            beyond = List.copyOf(beyond);
            corridors = List.copyOf(corridors);
        }
    }

    /** All steps in order, across chapters. */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Chapter c : chapters) {
            out.addAll(c.steps());
        }
        return out;
    }

    /** The chapter that holds step {@code index} (0-based over all steps). */
    public Chapter chapterOf(int index) {
        int i = index;
        for (Chapter c : chapters) {
            if (i < c.steps().size()) {
                return c;
            }
            i -= c.steps().size();
        }
        throw new IndexOutOfBoundsException("no step " + index);
    }

    /** The 1-based number of the chapter that holds step {@code index}. */
    public int chapterNumber(int index) {
        return chapters.indexOf(chapterOf(index)) + 1;
    }
}
