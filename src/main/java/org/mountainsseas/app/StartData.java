package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.data.InputFile;
import org.mountainsseas.model.LoadProblem;

/**
 * The data the app starts on. Kept imports (File → Import data…) are laid over the base and read
 * with the very checks an import passes; if an imported file then has a problem the base data do
 * not have (an import kept by an older version, a file changed by hand), or the load fails outright,
 * the app starts on the base data alone and {@link World#refusedImports()} says why, so the window
 * can offer <i>Restore bundled data</i>. No kept import can stop the app from starting.
 */
final class StartData {
    private StartData() {
    }

    /** Loads the base with the store's imports over it, or the base alone when the imports fail. */
    static World load(ImportStore store, DataLocation base, Path counties) {
        return load(store, base, counties, LayerCache.NONE);
    }

    /** As {@link #load(ImportStore, DataLocation, Path)}, with the derived layers kept in {@code cache} ({@link LayerCache}). */
    static World load(ImportStore store, DataLocation base, Path counties, LayerCache cache) {
        List<String> imported = store.imported();
        if (imported.isEmpty()) {
            return WorldLoader.load(base, counties, cache);
        }
        World with;
        try {
            with = WorldLoader.load(store.location(base), counties, cache);
        } catch (RuntimeException e) {
            return WorldLoader.load(base, counties, cache).withRefusedImports(List.of(new LoadProblem(imported.get(0), null, null,
                    "the imported data could not be loaded (" + InputFile.reason(e) + ")")));
        }
        List<LoadProblem> fromImports = new ArrayList<>();
        for (LoadProblem p : with.problems()) {
            if (imported.contains(p.file())) {
                fromImports.add(p);
            }
        }
        if (fromImports.isEmpty()) {
            return with;
        }
        World without = WorldLoader.load(base, counties, cache);
        Set<LoadProblem> already = new HashSet<>(without.problems());
        fromImports.removeIf(already::contains);
        return fromImports.isEmpty() ? with : without.withRefusedImports(fromImports);
    }
}
