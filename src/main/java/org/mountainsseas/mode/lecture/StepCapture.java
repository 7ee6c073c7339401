package org.mountainsseas.mode.lecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.model.YearView;
import org.mountainsseas.state.Spotlight;
import org.mountainsseas.state.Viewport;

/**
 * "Add this view as a step": what the explorer shows, as the parts of a tour step. Pure functions
 * of the state's values, so a test needs no toolkit. The highlight is what the map lights up: the
 * selected counties with the pairings and enclaves that touch them (those in force in the timeline
 * year when one is set), or, with nothing selected, what a previewed step put in the spotlight.
 */
public final class StepCapture {
    /** How a captured step's camera is kept. */
    public enum CameraChoice {
        /** The centre and zoom level shown now. */
        VIEW,
        /** A fit around the selected counties, whatever the screen's size. */
        FIT,
        /** The whole province. */
        HOME,
        /** The China view, framed on the places of the cooperation beyond Zhejiang the step highlights. */
        CHINA
    }

    private StepCapture() {
    }

    /**
     * The camera for {@code choice}; {@link CameraChoice#FIT} without a selection, or a view outside
     * what a tour file allows, falls back to the nearest thing that is allowed. The centre is kept to
     * 5 decimals (about a metre) and the zoom to 2, so the file stays readable.
     */
    public static Tour.Camera camera(CameraChoice choice, Viewport view, Collection<String> selection) {
        if (choice == CameraChoice.CHINA) {
            return Tour.Camera.china();
        }
        if (choice == CameraChoice.FIT && !selection.isEmpty()) {
            return Tour.Camera.fit(List.copyOf(selection));
        }
        if (choice == CameraChoice.HOME || view == null || view.zoom() <= 0) {
            return Tour.Camera.home();
        }
        return Tour.Camera.point(round(clamp(view.centerLat(), 26, 32), 5), round(clamp(view.centerLon(), 117, 124), 5),
                round(clamp(view.zoom(), 5, 14), 2));
    }

    /** What the map lights up, as a step's highlight. */
    public static Tour.Highlight highlight(Dataset data, Collection<String> selected, Spotlight spot, Integer year) {
        // a set that answers "contains(null)" (a partner or host outside the 90 units) with false
        Set<String> selection = new LinkedHashSet<>(selected);
        if (selection.isEmpty()) {
            return new Tour.Highlight(sorted(spot.counties()), sorted(spot.pairings()), sorted(spot.enclaves()), spot.qingdaLine());
        }
        YearView view = year == null ? null : YearView.of(data, year);
        List<String> pairings = new ArrayList<>();
        for (Pairing p : data.pairings()) {
            boolean touches = selection.contains(p.mountain()) || p.partner() != null && selection.contains(p.partner());
            if (p.onMap() && touches && (view == null || view.pairing(p).shown())) {
                pairings.add(p.id());
            }
        }
        List<String> enclaves = new ArrayList<>();
        for (Enclave e : data.enclaves()) {
            boolean touches = selection.contains(e.host()) || selection.contains(e.beneficiary());
            if (touches && (view == null || view.enclave(e).shown())) {
                enclaves.add(e.id());
            }
        }
        return new Tour.Highlight(List.copyOf(selection), pairings, enclaves, false);
    }

    /**
     * The sources of what a step highlights: each pairing's and enclave's, and the county-list
     * entries of its counties. Empty when it highlights nothing with a source (the teacher picks one).
     */
    public static List<String> sources(Dataset data, Tour.Highlight h) {
        Set<String> out = new LinkedHashSet<>();
        for (Pairing p : data.pairings()) {
            if (h.pairings().contains(p.id())) {
                out.addAll(p.provenance().sourceIds());
            }
        }
        for (Enclave e : data.enclaves()) {
            if (h.enclaves().contains(e.id())) {
                out.addAll(e.provenance().sourceIds());
            }
        }
        for (Membership m : data.memberships()) {
            if (h.counties().contains(m.adcode())) {
                out.addAll(m.provenance().sourceIds());
            }
        }
        return List.copyOf(out);
    }

    /** A title to start from: the first selected county's name, or "Step N". */
    public static Text suggestedTitle(Dataset data, Collection<String> selection, int number) {
        for (String adcode : selection) {
            if (data.county(adcode) != null) {
                return data.county(adcode).name();
            }
        }
        return Text.of("第 " + number + " 步", "Step " + number);
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
