package org.mountainsseas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;

/**
 * {@code --check-data [DIR]}: the validation the app runs at start-up (boundaries and every data
 * file, through {@link WorldLoader}), plus every tour read against those data, without a window.
 * Prints each problem as {@code file › item › field: message}, then one summary line; the result
 * is the exit code, 0 when nothing is wrong and 1 otherwise. See docs/data-format.md.
 */
final class DataCheck {
    private DataCheck() {
    }

    /**
     * Checks {@code location}; the tours are those under {@code folder/tours/} when the data come
     * from a folder, else the bundled ones.
     */
    static int run(DataLocation location, Path folder, PrintStream out) {
        World world = WorldLoader.load(location);
        List<LoadProblem> problems = new ArrayList<>(world.problems());
        int tours = 0;
        for (Tour tour : tours(folder)) {
            tours++;
            try {
                tour.read(new TourReader(world.dataset()));
            } catch (LoadException e) {
                problems.add(e.problem());
            }
        }
        for (LoadProblem p : problems) {
            out.println(p.describe());
        }
        Dataset d = world.dataset();
        String checked = "checked " + location.describe() + ": " + d.counties().size() + " counties, "
                + d.sources().size() + " sources, " + d.pairings().size() + " pairings, " + d.enclaves().size() + " enclaves, "
                + d.projects().size() + " projects, " + d.figures().size() + " figures, " + d.timeline().size()
                + " events, " + d.outreach().size() + " items beyond Zhejiang, " + d.corridors().size() + " corridors, " + tours + (tours == 1 ? " tour" : " tours");
        out.println(checked + (problems.isEmpty() ? ": no problems" : ": " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")));
        return problems.isEmpty() ? 0 : 1;
    }

    /** A tour to read: a file in the folder, or a bundled one by name. */
    private interface Tour {
        void read(TourReader reader) throws LoadException;
    }

    private static List<Tour> tours(Path folder) {
        List<Tour> out = new ArrayList<>();
        if (folder == null) {
            for (String name : TourReader.BUNDLED) {
                out.add(reader -> reader.readBundled(name));
            }
            return out;
        }
        Path dir = folder.resolve("tours");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        TreeSet<Path> files = new TreeSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            out.add(reader -> {
                throw new LoadException(new LoadProblem("tours", null, null, "the folder could not be read (" + e.getMessage() + ")"));
            });
        }
        for (Path file : files) {
            out.add(reader -> reader.read(file));
        }
        return out;
    }
}
