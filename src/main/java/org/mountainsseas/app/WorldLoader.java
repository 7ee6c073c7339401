package org.mountainsseas.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Loads and derives the whole {@link World} off the FX thread; never throws for bad data. */
public final class WorldLoader {
    private WorldLoader() {
    }

    public static World load(DataLocation location) {
        List<LoadProblem> problems = new ArrayList<>();
        LoadResult<List<Boundary>> counties = GeoJsonReader.readCounties(location);
        problems.addAll(counties.problems());
        LoadResult<List<Boundary>> neighbours = GeoJsonReader.readNeighbours(location);
        problems.addAll(neighbours.problems());
        Set<String> adcodes = new HashSet<>();
        for (Boundary b : counties.value()) {
            adcodes.add(b.id());
        }
        LoadResult<Dataset> data = new DatasetReader(location, adcodes).read();
        problems.addAll(data.problems());
        Dataset dataset = data.value();
        Atlas atlas = Atlas.build(counties.value(), neighbours.value());
        Map<String, LineSide> sides = Map.of();
        QingdaLine line = dataset.qingdaLine();
        if (line != null) {
            sides = new QingdaSides(line.start().lat(), line.start().lon(), line.end().lat(), line.end().lon()).sidesOf(atlas);
        }
        Map<String, String> cityOf = new HashMap<>();
        for (County c : dataset.counties()) {
            cityOf.put(c.adcode(), c.cityAdcode());
        }
        return new World(dataset, atlas, sides, atlas.groupOutlines(cityOf), problems);
    }
}
