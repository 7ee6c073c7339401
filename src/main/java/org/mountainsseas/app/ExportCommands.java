package org.mountainsseas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mountainsseas.export.GisExport;
import org.mountainsseas.export.GisLayers;
import org.mountainsseas.export.Progress;

/**
 * The command line's file exports ({@link Options.Exports}): they load the same data as the window
 * (imports included) and write files without starting JavaFX, so they run on a server or in CI.
 */
final class ExportCommands {
    private ExportCommands() {
    }

    /** Runs the exports the options ask for; returns the process exit code (0 when every file was written). */
    static int run(Options options) {
        World world = WorldLoader.load(ReviewFiles.userStore().location(WorldPreload.base(options)));
        try {
            Options.Exports e = options.exports();
            if (e.gis() != null) {
                gis(world, e.gis());
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("mountains-and-seas: export failed: " + e.getMessage());
            return 1;
        }
    }

    static void gis(World world, Path folder) throws IOException {
        List<GisLayers.Layer> layers = GisLayers.of(world.dataset(), world.atlas(), world.sides());
        List<Path> files = GisExport.write(layers, folder, Progress.NONE);
        for (GisLayers.Layer l : layers) {
            System.out.println(l.name() + ": " + l.features().size() + " features");
        }
        for (Path f : files) {
            System.out.println("wrote " + f.toAbsolutePath());
        }
    }
}
