package org.mountainsseas.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.mountainsseas.export.MapScene;
import org.mountainsseas.export.CompareSheet;
import org.mountainsseas.export.MapSheet;
import org.mountainsseas.export.Paper;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.model.Language;
import java.nio.file.Path;
import java.util.List;
import org.mountainsseas.export.Dossiers;
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
            if (e.map() != null && options.compare().shown()) {
                Options.Compare c = options.compare();
                org.mountainsseas.model.YearRange range = org.mountainsseas.model.YearRange.of(world.dataset());
                MapScene scene = scene(world, options);
                map(scene.inYear(c.yearA() == null ? null : range.clamp(c.yearA())),
                        scene.inYear(c.yearB() == null ? null : range.clamp(c.yearB())), Paper.parse(e.paper()), e.dpi(), e.map());
            } else if (e.map() != null) {
                map(scene(world, options), null, Paper.parse(e.paper()), e.dpi(), e.map());
            }
            if (e.atlas() != null) {
                MapScene scene = scene(world, options);
                List<String> counties = Dossiers.countiesFor(world.dataset(), scene.selection(), null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int pages = Dossiers.write(scene, counties, out, Progress.NONE);
                AtomicWriter.write(e.atlas(), out.toByteArray());
                System.out.println("wrote " + e.atlas().toAbsolutePath() + " (" + pages + (pages == 1 ? " page" : " pages") + ", one per county)");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            // no partial file is left: every export goes through AtomicWriter
            System.err.println("mountains-and-seas: export failed: " + org.mountainsseas.io.OutputCheck.reason(null, e));
            if (Boolean.getBoolean("mountainsseas.debug")) {
                e.printStackTrace();
            }
            return 8;
        }
    }

    /** The whole province in the language, year and selection the options name. */
    static MapScene scene(World world, Options options) {
        Language l = options.language() != null ? options.language() : Language.ZH;
        MapScene scene = MapScene.of(world.dataset(), world.atlas(), world.sides(), world.cityOutlines(), l).inYear(options.year());
        return options.select() == null ? scene : scene.selecting(Set.of(options.select()));
    }

    /**
     * The map page, or with {@code compared} (year B's scene) the year comparison's page: {@code scene}'s
     * map beside B's on a landscape page. A PDF, or a PNG at {@code dpi}.
     */
    static void map(MapScene scene, MapScene compared, Paper paper, int dpi, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            ImageIO.write(compared != null ? CompareSheet.png(scene, compared, paper, dpi, Progress.NONE)
                    : MapSheet.png(scene, paper, dpi, Progress.NONE), "png", out);
        } else if (compared != null) {
            CompareSheet.write(scene, compared, paper, out, Progress.NONE);
        } else {
            MapSheet.write(scene, paper, out, Progress.NONE);
        }
        AtomicWriter.write(file, out.toByteArray());
        System.out.println("wrote " + file.toAbsolutePath() + " (" + (compared != null ? paper.size() + "-LANDSCAPE" : paper.code()) + ")");
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
