package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.LoadResult;
import org.mountainsseas.data.SourceFile;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.DetailBands;
import org.mountainsseas.geo.LayerCodec;
import org.mountainsseas.geo.QingdaSides;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.QingdaLine;

/**
 * Loads and derives the whole {@link World} off the FX thread; never throws for bad data. The
 * neighbours are read while the counties are, and the per-county derivations (label points, sides
 * of the Qingda Line) run in parallel. A load that keeps its layers in a {@link LayerCache} also
 * reads the zoom bands ({@link DetailBands}) kept beside them, or works them out and keeps them, once
 * the cache lets band work start (in the app: after its first frame); the map draws the full shapes
 * until they are ready.
 */
public final class WorldLoader {
    private WorldLoader() {
    }

    public static World load(DataLocation location) {
        return load(location, null);
    }

    /**
     * Loads the world; with {@code stressCounties} (the benchmark's China-wide file) that file is
     * the county layer instead of the bundled Zhejiang one, and the facts stay the same.
     */
    public static World load(DataLocation location, Path stressCounties) {
        return load(location, stressCounties, LayerCache.NONE);
    }

    /**
     * As {@link #load(DataLocation, Path)}, taking the derived layers from {@code cache} when it holds
     * them for the very same source files, and keeping them there when it did not: what the app shows,
     * and the problems it reports, are the same either way.
     */
    public static World load(DataLocation location, Path stressCounties, LayerCache cache) {
        GeoJsonReader.Extent extent = stressCounties == null ? GeoJsonReader.Extent.ZHEJIANG : GeoJsonReader.Extent.CHINA;
        String countyFile = stressCounties == null ? GeoJsonReader.COUNTIES : stressCounties.getFileName().toString();
        DataLocation countiesAt = stressCounties == null ? location : DataLocation.folder(stressCounties.toAbsolutePath().getParent());
        CompletableFuture<Source> neighboursLater = CompletableFuture.supplyAsync(() -> Source.read(location, GeoJsonReader.NEIGHBOURS));
        Source counties = Source.read(countiesAt, countyFile);
        Source neighbours = neighboursLater.join();
        String identity = location.describe() + " | " + countiesAt.describe() + " | " + countyFile;
        long[] keys = counties.file() != null && neighbours.file() != null ? LayerCache.keys(extent, counties.file(), neighbours.file()) : null;
        LayerCodec.Layers cached = keys == null ? null : cache.read(identity, keys);
        List<LoadProblem> problems = new ArrayList<>();
        Atlas atlas;
        if (cached != null) {
            atlas = cached.atlas();
            problems.addAll(cached.problems());
        } else {
            CompletableFuture<LoadResult<List<Boundary>>> context = CompletableFuture.supplyAsync(
                    () -> neighbours.parse(false, GeoJsonReader.Extent.ZHEJIANG));
            LoadResult<List<Boundary>> countyLayer = counties.parse(true, extent);
            problems.addAll(countyLayer.problems());
            LoadResult<List<Boundary>> contextLayer = context.join();
            problems.addAll(contextLayer.problems());
            atlas = Atlas.build(countyLayer.value(), contextLayer.value());
        }
        // no band work before the cache lets it start (the app: its first frame on screen), whatever asks
        atlas.bands().startAfter(cache.bandsAfter());
        List<LoadProblem> layerProblems = List.copyOf(problems);
        Set<String> adcodes = new HashSet<>();
        for (Shape s : atlas.counties()) {
            // the stress layer holds all of China; the facts only know Zhejiang
            if (stressCounties == null || s.id().startsWith("33")) {
                adcodes.add(s.id());
            }
        }
        CompletableFuture<LoadResult<Dataset>> dataLater =
                CompletableFuture.supplyAsync(() -> new DatasetReader(location, adcodes).read());
        // label points and borders need only the boundaries: they are worked out while the facts are read (kept ones are not again)
        CompletableFuture<?> borders = CompletableFuture.runAsync(atlas::countyBorders);
        atlas.prepareLabels(adcodes);
        LoadResult<Dataset> data = dataLater.join();
        problems.addAll(data.problems());
        Dataset dataset = data.value();
        List<String> known = dataset.counties().stream().map(County::adcode).toList();
        QingdaLine line = dataset.qingdaLine();
        double[] lineEnds = line == null ? null : new double[] {line.start().lat(), line.start().lon(), line.end().lat(), line.end().lon()};
        Map<String, String> cityOf = new HashMap<>();
        for (County c : dataset.counties()) {
            if (c.cityAdcode() != null) {
                cityOf.put(c.adcode(), c.cityAdcode());
            }
        }
        LayerCodec.Derived derived = cached != null && cached.derived() != null && cached.derived().madeFrom(known, lineEnds, cityOf)
                ? cached.derived() : null;
        if (derived == null) {
            Map<String, LineSide> sides = Map.of();
            boolean sidesClean = true;
            if (line != null) {
                try {
                    sides = new QingdaSides(lineEnds[0], lineEnds[1], lineEnds[2], lineEnds[3]).sidesOf(atlas, known);
                } catch (RuntimeException e) {
                    // the reader refuses such a line; should one get through, the map still starts without sides
                    problems.add(new LoadProblem(DatasetReader.QINGDA_LINE, "Qingda Line", "endpoints",
                            "the sides of the line could not be worked out (" + e.getMessage() + ")"));
                    sidesClean = false;
                }
            }
            borders.join();
            Map<String, List<double[]>> outlines = atlas.groupOutlines(cityOf);
            if (keys != null) {
                cache.store(identity, keys, atlas, layerProblems, sidesClean ? new LayerCodec.Derived(known, lineEnds, cityOf, sides, outlines) : null);
            }
            derived = new LayerCodec.Derived(known, lineEnds, cityOf, sides, outlines);
        }
        borders.join();
        if (keys != null && DetailBands.ON) {
            // read or worked out once the cache lets band work start (the app: after its first frame), never before this returns
            cache.keepBands(identity, keys, atlas, cached != null);
        }
        return new World(dataset, atlas, derived.sides(), derived.outlines(), problems, List.of());
    }

    /** A source file read whole, or why it could not be. */
    private record Source(SourceFile file, LoadException failure) {
        static Source read(DataLocation location, String name) {
            try {
                return new Source(SourceFile.read(location, name), null);
            } catch (LoadException e) {
                return new Source(null, e);
            }
        }

        /** The file's features as its reader gives them; a file that could not be read is its one problem. */
        LoadResult<List<Boundary>> parse(boolean counties, GeoJsonReader.Extent extent) {
            return file != null ? GeoJsonReader.parse(file, counties, extent)
                    : new LoadResult<>(List.of(), List.of(failure.problem()));
        }
    }
}
