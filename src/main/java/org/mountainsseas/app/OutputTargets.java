package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.io.OutputCheck;

/**
 * Every file or folder the command line writes, checked before any data is loaded or step drawn
 * (docs/cli.md, exit codes): {@code --snapshot} (exit 4), {@code --export-tour} (7), and
 * {@code --export-gis}, {@code --export-map}, {@code --export-atlas} (8).
 */
final class OutputTargets {
    /** A target that cannot be written: the exit code and the one line to print. */
    record Refusal(int code, String message) {
    }

    private OutputTargets() {
    }

    /** The first output of {@code options} that cannot be written, or null. */
    static Refusal check(Options options) {
        record Target(Path path, boolean folder, int code, String flag) {
        }
        List<Target> targets = new ArrayList<>();
        if (options.snapshot() != null) {
            targets.add(new Target(options.snapshot(), false, 4, "--snapshot"));
        }
        Path tour = options.presentation().exportTour();
        if (tour != null) {
            String name = tour.getFileName() == null ? "" : tour.getFileName().toString().toLowerCase(Locale.ROOT);
            targets.add(new Target(tour, !name.endsWith(".pdf") && !name.endsWith(".mp4"), 7, "--export-tour"));
        }
        Options.Exports e = options.exports();
        if (e.gis() != null) {
            targets.add(new Target(e.gis(), true, 8, "--export-gis"));
        }
        if (e.map() != null) {
            targets.add(new Target(e.map(), false, 8, "--export-map"));
        }
        if (e.atlas() != null) {
            targets.add(new Target(e.atlas(), false, 8, "--export-atlas"));
        }
        for (Target t : targets) {
            String problem = OutputCheck.problem(t.path(), t.folder());
            if (problem != null) {
                return new Refusal(t.code(), t.flag() + ": " + problem);
            }
        }
        return null;
    }
}
