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
import org.mountainsseas.data.LoadResult;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.QingdaSides;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.QingdaLine;

/**
 * Loads and derives the whole {@link World} off the FX thread; never throws for bad data. The
 * neighbours are read while the counties are, and the per-county derivations (label points, sides
 * of the Qingda Line) run in parallel.
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
        CompletableFuture<LoadResult<List<Boundary>>> neighboursLater =
                CompletableFuture.supplyAsync(() -> GeoJsonReader.readNeighbours(location));
        List<LoadProblem> problems = new ArrayList<>();
        LoadResult<List<Boundary>> counties = stressCounties == null ? GeoJsonReader.readCounties(location)
                : GeoJsonReader.readCounties(DataLocation.folder(stressCounties.toAbsolutePath().getParent()),
                        stressCounties.getFileName().toString(), GeoJsonReader.Extent.CHINA);
        problems.addAll(counties.problems());
        LoadResult<List<Boundary>> neighbours = neighboursLater.join();
        problems.addAll(neighbours.problems());
        Set<String> adcodes = new HashSet<>();
        for (Boundary b : counties.value()) {
            // the stress layer holds all of China; the facts only know Zhejiang
            if (stressCounties == null || b.id().startsWith("33")) {
                adcodes.add(b.id());
            }
        }
        CompletableFuture<LoadResult<Dataset>> dataLater =
                CompletableFuture.supplyAsync(() -> new DatasetReader(location, adcodes).read());
        Atlas atlas = Atlas.build(counties.value(), neighbours.value());
        // label points and borders need only the boundaries: they are worked out while the facts are read
        CompletableFuture<?> borders = CompletableFuture.runAsync(atlas::countyBorders);
        atlas.prepareLabels(adcodes);
        LoadResult<Dataset> data = dataLater.join();
        problems.addAll(data.problems());
        Dataset dataset = data.value();
        List<String> known = dataset.counties().stream().map(County::adcode).toList();
        Map<String, LineSide> sides = Map.of();
        QingdaLine line = dataset.qingdaLine();
        if (line != null) {
            try {
                sides = new QingdaSides(line.start().lat(), line.start().lon(), line.end().lat(), line.end().lon()).sidesOf(atlas, known);
            } catch (RuntimeException e) {
                // the reader refuses such a line; should one get through, the map still starts without sides
                problems.add(new LoadProblem(DatasetReader.QINGDA_LINE, "Qingda Line", "endpoints",
                        "the sides of the line could not be worked out (" + e.getMessage() + ")"));
            }
        }
        borders.join();
        Map<String, String> cityOf = new HashMap<>();
        for (County c : dataset.counties()) {
            cityOf.put(c.adcode(), c.cityAdcode());
        }
        return new World(dataset, atlas, sides, atlas.groupOutlines(cityOf), problems, List.of());
    }
}
