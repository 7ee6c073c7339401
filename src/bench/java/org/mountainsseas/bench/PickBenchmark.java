package org.mountainsseas.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Bounds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Screen point → county: the hit test the map runs on every click and mouse move, at random
 * points over the home view (about half of them on land, the rest sea or neighbours).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PickBenchmark {
    private static final int POINTS = 4096;

    @Param({"zhejiang", "china"})
    public String dataset;

    private Atlas atlas;
    private final double[] xs = new double[POINTS];
    private final double[] ys = new double[POINTS];
    private int next;

    @Setup
    public void load() {
        Path stress = "china".equals(dataset) ? Path.of(System.getProperty("bench.stress", "benchmark-data/china-counties.geojson")) : null;
        World world = WorldLoader.load(DataLocation.bundled(), stress);
        atlas = world.atlas();
        Bounds b = atlas.bounds();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < POINTS; i++) {
            xs[i] = b.minX() + random.nextDouble() * b.width();
            ys[i] = b.minY() + random.nextDouble() * b.height();
        }
    }

    @Benchmark
    public String pick() {
        int i = next++ & (POINTS - 1);
        return atlas.pick(xs[i], ys[i]);
    }
}
