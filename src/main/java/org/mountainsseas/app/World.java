package org.mountainsseas.app;

import java.util.List;
import java.util.Map;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;

/**
 * Everything loaded at start-up: the facts, the projected geometry, derived sides and outlines, and the problems found.
 * {@code refusedImports} is empty unless kept imports failed the start-up checks and the world was loaded without them
 * (see {@link StartData}); it then says why.
 */
public record World(Dataset dataset, Atlas atlas, Map<String, LineSide> sides,
                    Map<String, List<double[]>> cityOutlines, List<LoadProblem> problems, List<LoadProblem> refusedImports) {

    public World {
        problems = List.copyOf(problems);
        refusedImports = List.copyOf(refusedImports);
    }

    /** The same world, loaded instead of data whose kept imports failed for these reasons. */
    World withRefusedImports(List<LoadProblem> why) {
        return new World(dataset, atlas, sides, cityOutlines, problems, why);
    }
}
