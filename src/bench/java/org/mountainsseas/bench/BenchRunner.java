package org.mountainsseas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark: runs every measurement {@code bench.runs} times in fresh JVMs on the virtual
 * screen it is started on ({@code tools/bench.sh}), the pick benchmark under JMH, and prints one
 * table of medians (min–max) with PASS/MISS against the targets. Never fails the build.
 */
public final class BenchRunner {
    private static final Path STRESS = Path.of("benchmark-data/china-counties.geojson");
    private static final Path WORK = Path.of("target/bench");
    private static final String CLASS_PATH = jarClassPath();
    /**
     * Which parts to run: {@code -Dbench.parts=startup,image,roam,pick,longname,flows,raster} (the default is all
     * seven; image: {@code -Dbench.image=DIR}).
     */
    private static final List<String> PARTS = List.of(System.getProperty("bench.parts", "startup,image,roam,pick,longname,flows,raster").split(","));
    private final int runs = Integer.getInteger("bench.runs", 5);
    private final String roamSeconds = System.getProperty("bench.roamSeconds", "5");
    private final Table table = new Table();
    private boolean warnedNoScreen;
    /** The node count of the last start-up run's first frame ({@code scene-nodes}), or 0. */
    private int lastSceneNodes;
    /** When the last start-up run said Skia was ready to draw (ms from its launch), or NaN. */
    private double lastSkiaReady = Double.NaN;

    public static void main(String[] args) throws Exception {
        new BenchRunner().run();
    }

    private void run() throws Exception {
        Files.createDirectories(WORK);
        String loadBefore = Machine.loadAverage();
        boolean china = Files.isRegularFile(STRESS);
        if (PARTS.contains("startup")) {
            startup("Zhejiang", List.of(), 600);
            floor();
            if (china) {
                startup("China-wide", List.of("--benchmark-counties", STRESS.toString()), 1500);
            }
        }
        if (PARTS.contains("image")) {
            image(Path.of(System.getProperty("bench.image", "target/dist/MountainsAndSeas")), china);
        }
        if (PARTS.contains("roam")) {
            roam("Zhejiang", null, 16.7, 300, Double.NaN, 1000);
            if (china) {
                // 100 cycles: each repaints all 2,891 counties, and the heap check needs no more
                roam("China-wide", STRESS, 33, 450, 150, 100);
            }
        }
        if (PARTS.contains("pick")) {
            pick(china);
        }
        if (PARTS.contains("longname")) {
            longName();
        }
        if (PARTS.contains("flows")) {
            flows();
        }
        if (PARTS.contains("raster")) {
            RasterRows.run(runs, table, china ? STRESS : null, BenchRunner::rasterRun);
        }
        if (!"false".equals(System.getProperty("bench.peer.run"))) {
            peer(china);
        }
        System.out.println();
        System.out.println("Mountains & Seas benchmark · " + runs + " runs per row, median (min–max) · "
                + Machine.describe() + " · load average before " + loadBefore + ", after " + Machine.loadAverage());
        table.print();
        if (!china) {
            System.out.println("China-wide rows skipped: " + STRESS + " is missing (tools/make-stress-data.sh)");
        }
    }

    /**
     * The first frame of a first start (no layer cache: the run parses and writes it) and of a start
     * that finds the layer cache the run before wrote, interleaved, plain and with an AppCDS archive;
     * then the load alone in a JVM without the toolkit ({@link LoadBench}), the same two ways. Each
     * dataset has its own user data folder under target/bench, so the user's own is never touched.
     */
    private void startup(String name, List<String> appArgs, double target) throws Exception {
        String slug = name.toLowerCase().replace('-', '_');
        Path user = WORK.resolve("user-" + slug).toAbsolutePath();
        Path cache = user.resolve("cache");
        String userDir = "-D" + org.mountainsseas.io.UserDataDir.PROPERTY + "=" + user;
        String jsa = WORK.resolve(slug + ".jsa").toString();
        List<Double> plain = new ArrayList<>();
        List<Double> plainCached = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            clear(cache);
            addRun(plain, () -> startupRun(List.of(userDir), appArgs));
            addRun(plainCached, () -> cachedRun(cache, List.of(userDir), appArgs));
        }
        System.out.println(name + " start-up runs (ms): first start " + plain + ", with the layer cache " + plainCached);
        Files.deleteIfExists(Path.of(jsa));
        clear(cache);
        startupRun(List.of(userDir, "-XX:ArchiveClassesAtExit=" + jsa), appArgs);
        List<Double> cds = new ArrayList<>();
        List<Double> cdsCached = new ArrayList<>();
        List<Double> skiaReady = new ArrayList<>();
        List<String> withArchive = List.of(userDir, "-XX:SharedArchiveFile=" + jsa);
        for (int i = 0; i < runs; i++) {
            clear(cache);
            addRun(cds, () -> startupRun(withArchive, appArgs));
            lastSkiaReady = Double.NaN;
            addRun(cdsCached, () -> cachedRun(cache, withArchive, appArgs));
            if (!Double.isNaN(lastSkiaReady)) {
                skiaReady.add(lastSkiaReady);
            }
        }
        System.out.println(name + " start-up runs with AppCDS (ms): first start " + cds + ", with the layer cache " + cdsCached);
        table.row(name + " first frame, launch → all counties on screen (ms)", plain, 0, target, true);
        table.row(name + " first frame with the layer cache (ms)", plainCached, 0, target, true);
        table.row(name + " first frame with AppCDS archive (ms)", cds, 0, target, true);
        table.row(name + " first frame with AppCDS archive and the layer cache (ms)", cdsCached, 0, target, true);
        // the first frame is the canvas's; Skia's library loads after it and draws from the next change on
        table.row(name + " Skia ready to draw, same runs (ms from launch)", skiaReady, 0, Double.NaN, true);
        List<Double> load = new ArrayList<>();
        List<Double> loadCached = new ArrayList<>();
        Path loadCache = WORK.resolve("load-cache-" + slug).toAbsolutePath();
        List<String> stress = appArgs.isEmpty() ? List.of() : List.of(appArgs.get(appArgs.size() - 1));
        for (int i = 0; i < runs; i++) {
            clear(loadCache);
            load.add(loadRun(loadCache, stress, 0));
            loadCached.add(loadRun(loadCache, stress, 1));
        }
        System.out.println(name + " load runs (ms): without the layer cache " + load + ", with it " + loadCached);
        table.row(name + " load without the layer cache: read, parse, validate, index, derive (ms, cold JVM, no toolkit)", load, 0, Double.NaN, true);
        table.row(name + " load with the layer cache (ms, cold JVM, no toolkit)", loadCached, 0, Double.NaN, true);
    }

    /**
     * The first frame's floor ({@link FloorWindow}): a window of the same size with the same JVM
     * options and an AppCDS archive of its own, timed from spawn to its first frame on the screen as
     * the app's rows are. Empty; then with the app's stylesheet, fonts and as many nodes as the app's
     * last first frame had, but no map. Beside the app's rows they say how much of its first frame
     * is the toolkit's and the window's own, not the map's or the data's.
     */
    private void floor() throws Exception {
        int nodes = Math.max(lastSceneNodes, 10);
        for (List<String> variant : List.of(List.of("empty"), List.of("styled", Integer.toString(nodes)))) {
            String jsa = WORK.resolve("floor-" + variant.get(0) + ".jsa").toString();
            Files.deleteIfExists(Path.of(jsa));
            floorRun(List.of("-XX:ArchiveClassesAtExit=" + jsa), variant);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                addRun(times, () -> floorRun(List.of("-XX:SharedArchiveFile=" + jsa), variant));
            }
            System.out.println("first frame floor (" + String.join(" ", variant) + ") runs (ms): " + times);
            table.row(variant.get(0).equals("empty") ? "First frame floor: empty window, 1920×1080, AppCDS (ms)"
                    : "First frame floor: the app's stylesheet and fonts, " + nodes + " nodes, no map, AppCDS (ms)", times, 0, Double.NaN, true);
        }
    }

    private double floorRun(List<String> jvm, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(javaCommand(jvm));
        cmd.add(FloorWindow.class.getName());
        cmd.addAll(args);
        return startupRun(cmd);
    }

    /** A start-up run that should find the layer cache: says so when the run before left none (a write cut off by its exit). */
    private double cachedRun(Path cache, List<String> jvm, List<String> appArgs) throws Exception {
        if (!hasCache(cache)) {
            System.out.println("  no layer cache was written by the run before: this run parses");
        }
        return startupRun(jvm, appArgs);
    }

    private static boolean hasCache(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (var files = Files.list(cache)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("layers-.*\\.bin"));
        }
    }

    private static void clear(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
        }
    }

    /** One {@link LoadBench} run: its load in ms; {@code used} says whether it must have taken the cache (1) or parsed (0). */
    private double loadRun(Path cache, List<String> stress, int used) throws Exception {
        List<String> cmd = new ArrayList<>(javaCommand(List.of()));
        cmd.add(LoadBench.class.getName());
        cmd.add(cache.toString());
        cmd.addAll(stress);
        String out = exec(cmd);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RESULT line from the load run:\n" + out));
        System.out.println("  load run: " + line);
        if (!line.contains("cache_used=" + used)) {
            System.out.println("  (expected cache_used=" + used + ")");
        }
        return Double.parseDouble(line.replaceAll(".*load_ms=([0-9.]+).*", "$1"));
    }

    /**
     * Adds one start-up run's figure; a run that fails (a start so slow on a loaded machine that the
     * screen watcher gives up) is left out with a line saying why, as the other parts do, rather than
     * ending the whole benchmark.
     */
    private static void addRun(List<Double> into, java.util.concurrent.Callable<Double> run) throws Exception {
        try {
            into.add(run.call());
        } catch (IllegalStateException e) {
            System.out.println("a start-up run failed and is left out: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * The app image ({@code ./mvnw -Ppackage package}) started by its own launcher, with the start-up
     * archive it ships (AppCDS, or a JDK 25 AOT cache) and without it (those lines taken out of its
     * .cfg for the run), interleaved; Zhejiang, and China-wide when the stress layer is there. Each
     * dataset has its own user data folder under target/bench, whose layer cache an untimed first run
     * writes: the rows are the starts after an installation's first, and no other copy of the app
     * sharing the user's own folder changes what they find.
     */
    private void image(Path image, boolean china) throws Exception {
        String name = image.getFileName().toString();
        Path cfg = image.resolve("lib/app/" + name + ".cfg");
        if (!Files.isRegularFile(cfg)) {
            System.out.println("no app image at " + image + " (./mvnw -Ppackage package): its rows are skipped");
            return;
        }
        String shipped = Files.readString(cfg);
        String bare = shipped.lines().filter(l -> !l.matches(".*(SharedArchiveFile|AOTCache|-Xlog:cds|-Xlog:aot).*"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String runtime = Files.readString(image.resolve("lib/runtime/release")).lines()
                .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElse("JAVA_VERSION=?").substring(13).replace("\"", "");
        String archive = shipped.contains("AOTCache") ? "AOT cache" : shipped.contains("SharedArchiveFile") ? "AppCDS archive" : "no archive";
        for (String dataset : china ? List.of("Zhejiang", "China-wide") : List.of("Zhejiang")) {
            Path user = WORK.resolve("user-image-" + dataset.toLowerCase().replace('-', '_')).toAbsolutePath();
            String options = "-Dprism.order=sw -D" + org.mountainsseas.io.UserDataDir.PROPERTY + "=" + user;
            List<String> cmd = new ArrayList<>(List.of(image.resolve("bin/" + name).toString(), "--benchmark-startup", "--size", "1920x1080", "--lang", "en"));
            if (dataset.equals("China-wide")) {
                cmd.addAll(List.of("--benchmark-counties", STRESS.toAbsolutePath().toString()));
            }
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            List<Double> skiaReady = new ArrayList<>();
            try {
                // untimed: writes the layer cache every timed run then reads
                addRun(new ArrayList<>(), () -> startupRun(cmd, options));
                for (int i = 0; i < runs; i++) {
                    Files.writeString(cfg, bare);
                    addRun(without, () -> startupRun(cmd, options));
                    Files.writeString(cfg, shipped);
                    lastSkiaReady = Double.NaN;
                    addRun(with, () -> startupRun(cmd, options));
                    if (!Double.isNaN(lastSkiaReady)) {
                        skiaReady.add(lastSkiaReady);
                    }
                }
            } finally {
                Files.writeString(cfg, shipped);
            }
            String label = dataset.equals("Zhejiang") ? "App image (JDK " + runtime + ")" : "China-wide app image (JDK " + runtime + ")";
            System.out.println(label + ", " + archive + ", start-up runs (ms): with " + with + ", without " + without);
            table.row(label + " first frame, launch → all counties on screen (ms)", without, 0, dataset.equals("Zhejiang") ? 600 : 1500, true);
            table.row(label + " first frame " + (archive.equals("no archive") ? "as shipped, without a start-up archive" : "with its " + archive)
                    + " (ms)", with, 0, dataset.equals("Zhejiang") ? 600 : 1500, true);
            // not "App image …": that prefix would put ECharts' first frame beside it
            table.row("Skia ready to draw, " + label + ", same runs (ms from launch)", skiaReady, 0, Double.NaN, true);
        }
    }

    /**
     * One start-up: ms from the launch to the first frame with every county on the screen
     * ({@link ScreenWatch}); without a screen to watch, to the app's own mark, which comes before
     * the renderer has drawn the frame.
     */
    private double startupRun(List<String> jvm, List<String> appArgs) throws Exception {
        List<String> cmd = new ArrayList<>(javaCommand(jvm));
        cmd.add("org.mountainsseas.app.Main");
        cmd.addAll(List.of("--benchmark-startup", "--size", "1920x1080", "--lang", "en"));
        cmd.addAll(appArgs);
        return startupRun(cmd);
    }

    private double startupRun(List<String> cmd) throws Exception {
        return startupRun(cmd, "-Dprism.order=sw");
    }

    /** @param toolOptions JAVA_TOOL_OPTIONS for an app image's launcher (a plain java command has its options on the line) */
    private double startupRun(List<String> cmd, String toolOptions) throws Exception {
        ScreenWatch screen = ScreenWatch.start();
        // the process's own start time is coarse on Linux (whole seconds of boot time): time it from the launch here
        long launched = System.currentTimeMillis();
        String out;
        try {
            out = exec(cmd, toolOptions);
        } finally {
            if (screen != null) {
                screen.close();
            }
        }
        double marked = Double.NaN;
        for (String line : out.lines().toList()) {
            if (line.startsWith("startup-steps ") || line.startsWith("startup-cpu-ms ") || line.startsWith("startup-fx ")) {
                System.out.println("  " + line);
            }
            if (line.startsWith("startup-fx ") && line.contains("scene-nodes=")) {
                lastSceneNodes = Integer.parseInt(line.replaceAll(".*scene-nodes=([0-9]+).*", "$1"));
            }
            if (line.startsWith("startup-at ")) {
                marked = Long.parseLong(line.substring(11).strip()) - launched;
            }
            if (line.startsWith("skia-ready-at ")) {
                lastSkiaReady = Long.parseLong(line.substring(14).strip()) - launched;
                System.out.printf(java.util.Locale.ROOT, "  Skia ready after %.0f ms%n", lastSkiaReady);
            }
        }
        if (Double.isNaN(marked)) {
            throw new IllegalStateException("no startup-at line from " + cmd + ":\n" + out);
        }
        if (screen == null) {
            if (!warnedNoScreen) {
                System.out.println("no screen to watch ($BENCH_FBDIR): start-up is timed to the app's own mark, before the frame is drawn");
                warnedNoScreen = true;
            }
            return marked;
        }
        long shown = screen.firstFrameAt();
        if (shown < 0) {
            throw new IllegalStateException("the screen never showed the window with its map:\n" + out);
        }
        System.out.printf(java.util.Locale.ROOT, "  on the screen after %d ms (the app's mark: %.0f ms)%n", shown - launched, marked);
        return shown - launched;
    }

    /** The kiosk's flying lights ({@link FlowBench}): frame rate and CPU at home, with a selection, and paused. */
    private void flows() throws Exception {
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(javaCommand(List.of("-Dbench.attractStepSeconds="
                    + System.getProperty("bench.attractStepSeconds", "7"))));
            cmd.add(FlowBench.Main.class.getName());
            String out;
            try {
                out = exec(cmd);
            } catch (IllegalStateException e) {
                System.out.println("a flows run failed and is left out: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no RESULT line from the flows run:\n" + out));
            System.out.println("kiosk flows run " + (i + 1) + ": " + line);
            for (String kv : line.substring(7).split(" ")) {
                String[] p = kv.split("=");
                results.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Double.parseDouble(p[1]));
            }
        }
        table.row("Kiosk flows at home, 1920×1080 (frames/s)", results.get("home_fps"), 1, 50, false);
        table.row("Kiosk flows at home, CPU (cores)", results.get("home_cpu_cores"), 2, 0.6, true);
        table.row("Kiosk flows at home, CPU per frame (ms)", perFrame(results.get("home_cpu_cores"), results.get("home_fps")), 1,
                Double.NaN, true);
        table.row("Kiosk flows of a selected county (frames/s)", results.get("selected_fps"), 1, 50, false);
        table.row("Kiosk flows of a selected county, CPU (cores)", results.get("selected_cpu_cores"), 2, 0.6, true);
        table.row("Kiosk with motion paused, CPU (cores)", results.get("idle_cpu_cores"), 3, 0.02, true);
        table.row("Kiosk attract loop, one full cycle (frames/s)", results.get("attract_fps"), 1, 50, false);
        table.row("Kiosk attract loop, one full cycle, CPU (cores)", results.get("attract_cpu_cores"), 2, 0.6, true);
    }

    private void roam(String name, Path stress, double p95Target, double rssTarget, double heapTarget, int cycles) throws Exception {
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(javaCommand(List.of("-Dbench.roamSeconds=" + roamSeconds, "-Dbench.cycles=" + cycles,
                    "-Dbench.clicks=" + System.getProperty("bench.clicks", "true"), "-Dmountainsseas.painterTimes=true")));
            cmd.add(RoamBench.Main.class.getName());
            if (stress != null) {
                cmd.add(stress.toString());
            }
            String out;
            try {
                out = exec(cmd);
            } catch (IllegalStateException e) {
                System.out.println("a " + name + " roam run failed and is left out: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            System.out.println(name + " roam run " + (i + 1) + ": " + out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("(no result)"));
            String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no RESULT line from the roam run:\n" + out));
            for (String kv : line.substring(7).split(" ")) {
                String[] p = kv.split("=");
                results.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Double.parseDouble(p[1]));
            }
        }
        table.row(name + " load: read, parse, validate, index, derive (ms, cold JVM)", results.get("load_ms"), 0, Double.NaN, true);
        // the roam waits for Skia's library and, with the bands on, for the bands (worked out here; a start with the layer cache reads them)
        table.row(name + " map settled after the first frame, roam waits (ms; Skia loaded, zoom bands worked out if on)", results.get("settle_ms"), 0,
                Double.NaN, true);
        table.row(name + " roam frame time, mean (ms)", results.get("frame_mean_ms"), 1, Double.NaN, true);
        table.row(name + " roam frame time, p95 (ms)", results.get("frame_p95_ms"), 1, p95Target, true);
        table.row(name + " roam frame time, p99 (ms)", results.get("frame_p99_ms"), 1, Double.NaN, true);
        // the interval above holds the 60 Hz timer's jitter; these are what each pulse did (PulseWork)
        table.row(name + " roam work per pulse, FX thread + renderer CPU from one pulse to the next, p95 (ms)", results.get("roam_work_cpu_p95_ms"), 1,
                Double.NaN, true);
        table.row(name + " roam latency per pulse, pulse start → its frame presented, p95 (ms)", results.get("roam_work_wall_p95_ms"), 1,
                Double.NaN, true);
        table.row(name + " roam frames per second", results.get("fps"), 1, Double.NaN, false);
        table.row(name + " roam process CPU per frame (ms)", results.get("cpu_per_frame_ms"), 1, stress == null ? 10 : Double.NaN, true);
        // drawn off the FX thread, a crisp frame spans several pulses: the frames shown are what the targets count
        table.row(name + " crisp repaint of every layer, time per frame shown (ms)", results.get("redraw_shown_ms"), 1, Double.NaN, true);
        table.row(name + " crisp repaint of every layer, process CPU per frame shown (ms)", results.get("redraw_cpu_per_shown_ms"), 1,
                Double.NaN, true);
        table.row(name + " crisp repaint of every layer, FX thread's recording or painting per frame (ms)", results.get("redraw_fx_paint_ms"), 1,
                Double.NaN, true);
        if (results.containsKey("redraw_fx_paint_cpu_ms")) {
            table.row(name + " crisp repaint of every layer, FX thread's recording or painting per frame, thread CPU (ms)",
                    results.get("redraw_fx_paint_cpu_ms"), 1, Double.NaN, true);
        }
        // the process's CPU per frame shown, by thread (ThreadCpu's roles)
        for (String role : List.of("fx", "render", "raster", "java", "vm", "gc")) {
            if (results.containsKey("redraw_thread_" + role + "_ms")) {
                table.row(name + " crisp repaint of every layer, CPU per frame shown: " + ThreadCpu.describe(role) + " (ms)",
                        results.get("redraw_thread_" + role + "_ms"), 1, Double.NaN, true);
            }
        }
        // what the collections come from: the FX thread's recording and the worker's replay
        for (String role : List.of("fx", "raster")) {
            if (results.containsKey("redraw_alloc_" + role + "_kb")) {
                table.row(name + " crisp repaint of every layer, allocated per frame shown: " + ThreadCpu.describe(role) + " (KB)",
                        results.get("redraw_alloc_" + role + "_kb"), 0, Double.NaN, true);
            }
        }
        if (results.containsKey("redraw_raster_ms")) {
            table.row(name + " crisp repaint of every layer, worker's drawing per frame (ms; the copy out is on the FX thread)", results.get("redraw_raster_ms"), 1,
                    Double.NaN, true);
        }
        if (results.containsKey("redraw_raster_cpu_ms")) {
            table.row(name + " crisp repaint of every layer, worker's thread CPU per frame (ms)", results.get("redraw_raster_cpu_ms"), 1,
                    Double.NaN, true);
        }
        if (results.containsKey("redraw_gc_ms")) {
            table.row(name + " crisp repaint of every layer, garbage collection per frame shown (ms)", results.get("redraw_gc_ms"), 1, Double.NaN, true);
        }
        // where a crisp frame's time goes, painter by painter
        for (String where : List.of("fx", "raster")) {
            for (String key : List.copyOf(results.keySet())) {
                String prefix = "redraw_" + where + "_";
                if (key.startsWith(prefix) && !key.equals("redraw_fx_paint_ms") && !key.equals("redraw_fx_paint_cpu_ms")
                        && !key.equals("redraw_raster_ms") && !key.equals("redraw_raster_cpu_ms")) {
                    String painter = key.substring(prefix.length(), key.length() - "_ms".length());
                    table.row(name + " crisp repaint, " + painter + " " + (where.equals("fx") ? "recorded on the FX thread" : "drawn on the worker")
                            + " per frame (ms)", results.get(key), 2, Double.NaN, true);
                }
            }
        }
        // the floor: the same frames made with no painter's work (cleared, drawn, copied, swapped in, shown)
        if (results.containsKey("floor_shown_ms")) {
            table.row(name + " crisp frame's floor, nothing painted, time per frame shown (ms)", results.get("floor_shown_ms"), 1, Double.NaN, true);
            table.row(name + " crisp frame's floor, nothing painted, process CPU per frame shown (ms)", results.get("floor_cpu_per_shown_ms"), 1,
                    Double.NaN, true);
            for (String role : List.of("fx", "render", "raster", "vm")) {
                if (results.containsKey("floor_thread_" + role + "_ms")) {
                    table.row(name + " crisp frame's floor, CPU per frame shown: " + ThreadCpu.describe(role) + " (ms)",
                            results.get("floor_thread_" + role + "_ms"), 1, Double.NaN, true);
                }
            }
        }
        if (results.containsKey("raster_first_ms")) {
            table.row(name + " first Skia frame, worker's drawing, copy included (ms)", results.get("raster_first_ms"), 1, Double.NaN, true);
            table.row(name + " first Skia frame, worker's thread CPU (ms)", results.get("raster_first_cpu_ms"), 1, Double.NaN, true);
            table.row(name + " Skia's warm-up frame as its library loads, off screen (ms)", results.get("skia_warmup_ms"), 1, Double.NaN, true);
        }
        table.row(name + " crisp repaint of every layer, pulse interval median (ms)", results.get("redraw_median_ms"), 1, Double.NaN, true);
        table.row(name + " crisp repaint of every layer, pulse interval p95 (ms)", results.get("redraw_p95_ms"), 1, Double.NaN, true);
        table.row(name + " click → selection committed (ms, median of " + 2 * cycles + ")", results.get("click_commit_ms"), 3,
                stress == null ? 0.5 : Double.NaN, true);
        table.row(name + " click → side panel laid out (ms, median of " + 2 * cycles + ")", results.get("click_layout_ms"), 3, Double.NaN, true);
        table.row(name + " heap after load (MiB)", results.get("heap_load_mib"), 0, Double.NaN, true);
        table.row(name + " heap after load and GC (MiB)", results.get("heap_gc_mib"), 0, heapTarget, true);
        table.row(name + " RSS at first frame (MiB)", results.get("rss_first_frame_mib"), 0, Double.NaN, true);
        table.row(name + " RSS after roaming (MiB)", results.get("rss_roam_mib"), 0, rssTarget, true);
        table.row(name + " heap after GC before " + cycles + " select/deselect cycles (MiB)", results.get("heap_cycles_before_mib"), 1, Double.NaN, true);
        table.row(name + " heap after GC after " + cycles + " select/deselect cycles (MiB)", results.get("heap_cycles_after_mib"), 1, Double.NaN, true);
    }

    /**
     * Selecting a county whose name is at the name cap, against the same with its real name, and with a
     * note at the cap for notes on one of its pairings ({@link LongNameBench}).
     */
    private void longName() throws Exception {
        for (String kind : List.of("cap", "normal", "note")) {
            Map<String, List<Double>> results = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                List<String> cmd = new ArrayList<>(javaCommand(List.of()));
                cmd.add(LongNameBench.Main.class.getName());
                cmd.add(kind);
                String out;
                try {
                    out = exec(cmd);
                } catch (IllegalStateException e) {
                    // JavaFX 21 can lay out text on the FX and rendering threads at once (docs/performance.md,
                    // "A name at the cap"): a run that dies of it is left out with its cause, as a failed start-up run is
                    System.out.println("a long-name run (" + kind + ") failed and is left out: " + e.getMessage().lines()
                            .filter(l -> l.contains("Exception") || l.contains("SIGSEGV") || l.contains("exited"))
                            .reduce((x, y) -> x + " / " + y).orElse(""));
                    continue;
                }
                String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no RESULT line from the long-name run:\n" + out));
                System.out.println("long-name run (" + kind + ") " + (i + 1) + ": " + line);
                for (String kv : line.substring(7).split(" ")) {
                    String[] p = kv.split("=");
                    if (!p[0].equals("name")) {
                        results.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Double.parseDouble(p[1]));
                    }
                }
            }
            if (results.isEmpty()) {
                continue;
            }
            String who = kind.equals("cap") ? "Name at the cap (" + org.mountainsseas.data.TextPolicy.NAME + " characters)"
                    : kind.equals("note") ? "A note at the cap (" + LongNameBench.NOTE + " characters)" : "Real name";
            table.row(who + ": select → next frame (the pulse), median (ms)", results.get("select_frame_median_ms"), 1,
                    kind.equals("normal") ? Double.NaN : 50, true);
            table.row(who + ": select → next frame, worst (ms)", results.get("select_frame_max_ms"), 1, Double.NaN, true);
            table.row(who + ": FX-thread CPU from select to the next frame, median (ms)", results.get("select_fx_cpu_median_ms"), 1, Double.NaN, true);
            table.row(who + ": select → scene laid out, median (ms)", results.get("select_layout_median_ms"), 2, Double.NaN, true);
            table.row(who + ": select → scene laid out, worst (ms)", results.get("select_layout_max_ms"), 2, Double.NaN, true);
            table.row(who + ": pulse with a selection change, p95 (ms)", results.get("pulse_p95_ms"), 1, kind.equals("cap") ? 50 : Double.NaN, true);
            table.row(who + ": pulse with a selection change, worst (ms)", results.get("pulse_max_ms"), 1, Double.NaN, true);
        }
    }

    private void pick(boolean china) throws Exception {
        var options = new OptionsBuilder().include(PickBenchmark.class.getName())
                .param("dataset", china ? new String[] {"zhejiang", "china"} : new String[] {"zhejiang"})
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(Math.max(5, runs)).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Dbench.stress=" + STRESS.toAbsolutePath())
                .build();
        for (RunResult r : new Runner(options).run()) {
            List<Double> scores = new ArrayList<>();
            for (var b : r.getBenchmarkResults()) {
                for (IterationResult it : b.getIterationResults()) {
                    scores.add(it.getPrimaryResult().getScore());
                }
            }
            boolean zj = "zhejiang".equals(r.getParams().getParam("dataset"));
            table.row((zj ? "Zhejiang" : "China-wide") + " pick: screen point → county (µs, JMH iterations)", scores, 2,
                    zj ? 50 : Double.NaN, true);
        }
    }

    /**
     * ECharts on the same maps, straight after the app's rows ({@link PeerBench}): spawn → finished
     * beside the start-up rows, roam fps, p95, CPU per frame and zrender's paint beside the roam rows,
     * and the lines effect beside the kiosk's flows. Skipped with a message when a tool is missing
     * ({@code -Dbench.peer.run=false} skips it on purpose).
     */
    private void peer(boolean china) {
        String missing = PeerBench.missing();
        if (missing != null) {
            table.peerNote("ECharts column skipped: " + missing);
            return;
        }
        try {
            PeerBench.prepare();
            String n = Integer.toString(runs);
            if (PARTS.contains("startup") || PARTS.contains("image")) {
                double zj = PeerBench.node("startup.mjs", "--runs", n, "--data", "zj")
                        .getAsJsonObject("spawnToFinishedMs").get("median").getAsDouble();
                table.peer("Zhejiang first frame", zj, 0);
                table.peer("App image", zj, 0);
                if (china) {
                    double chn = PeerBench.node("startup.mjs", "--runs", n, "--data", "chn")
                            .getAsJsonObject("spawnToFinishedMs").get("median").getAsDouble();
                    table.peer("China-wide first frame", chn, 0);
                    table.peer("China-wide app image", chn, 0);
                }
            }
            if (PARTS.contains("roam") || PARTS.contains("raster")) {
                PeerBench.script("bench.mjs", "--runs", n, "--configs", china ? "zj-canvas,chn-canvas" : "zj-canvas");
                var summary = PeerBench.benchSummary();
                for (String[] v : china ? new String[][] {{"Zhejiang", "zj-canvas"}, {"China-wide", "chn-canvas"}}
                        : new String[][] {{"Zhejiang", "zj-canvas"}}) {
                    double fps = PeerBench.median(summary, v[1], "fps");
                    double cpuPerFrame = PeerBench.median(summary, v[1], "browserCpuCores") * 1000 / fps;
                    // each ECharts roam frame repaints the whole map: its paint and CPU stand beside each candidate's crisp frame
                    table.peer(v[0] + " " + RasterRows.WALL, PeerBench.median(summary, v[1], "paintMean"), 1);
                    table.peer(v[0] + " " + RasterRows.CPU, cpuPerFrame, 1);
                    table.peer(v[0] + " roam frames per second", fps, 1);
                    table.peer(v[0] + " roam frame time, mean", PeerBench.median(summary, v[1], "frameMean"), 1);
                    table.peer(v[0] + " roam frame time, p95", PeerBench.median(summary, v[1], "frameP95"), 1);
                    table.peer(v[0] + " roam frame time, p99", PeerBench.median(summary, v[1], "frameP99"), 1);
                    table.peer(v[0] + " roam process CPU per frame", cpuPerFrame, 1);
                    // each ECharts roam frame repaints everything: its paint is the peer of a crisp repaint
                    table.peer(v[0] + " crisp repaint of every layer, time per frame shown", PeerBench.median(summary, v[1], "paintMean"), 1);
                    table.peer(v[0] + " crisp repaint of every layer, process CPU per frame shown", cpuPerFrame, 1);
                    // the floor's CPU beside ECharts' whole frame: what fraction of it showing a fresh frame already costs
                    table.peer(v[0] + " crisp frame's floor, nothing painted, process CPU per frame shown", cpuPerFrame, 1);
                    table.peer(v[0] + " RSS after roaming", PeerBench.median(summary, v[1], "totalRss_MB"), 0);
                }
            }
            if (PARTS.contains("flows")) {
                var effect = PeerBench.node("animate.mjs", "--runs", n, "--effect", "1").getAsJsonObject("median");
                var still = PeerBench.node("animate.mjs", "--runs", n, "--effect", "0").getAsJsonObject("median");
                table.peer("Kiosk flows at home, 1920×1080 (frames/s)", effect.get("fps").getAsDouble(), 1);
                table.peer("Kiosk flows at home, CPU (cores)", effect.get("browserCores").getAsDouble(), 2);
                table.peer("Kiosk with motion paused, CPU (cores)", still.get("browserCores").getAsDouble(), 3);
                table.peer("Kiosk flows at home, CPU per frame (ms)", effect.get("cpuMsPerFrame").getAsDouble(), 1);
            }
            table.peerNote("ECharts: ../shared/peer-echarts (headless Chromium, --disable-gpu, whole browser), " + runs
                    + " runs each, medians, run straight after the app's rows");
        } catch (Exception e) {
            table.peerNote("ECharts column incomplete: " + e.getMessage().lines().findFirst().orElse(String.valueOf(e)));
        }
    }

    /** One run of {@link RasterBench} in a fresh JVM, asking for 1,000 pulses a second so 60 Hz is no floor. */
    private static String rasterRun(List<String> appArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(javaCommand(List.of("-Djavafx.animation.pulse=1000", "-Djava.awt.headless=true",
                "-Dbench.raster.draws=" + System.getProperty("bench.raster.draws", "20"),
                "-Dbench.raster.warmup=" + System.getProperty("bench.raster.warmup", "10"))));
        cmd.add(RasterBench.Main.class.getName());
        cmd.addAll(appArgs);
        return exec(cmd);
    }

    /** Each run's CPU per frame (ms) from its cores and frames per second: comparable when frame rates differ. */
    private static List<Double> perFrame(List<Double> cores, List<Double> fps) {
        if (cores == null || fps == null) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(cores.size(), fps.size()); i++) {
            out.add(cores.get(i) * 1000 / fps.get(i));
        }
        return out;
    }

    private static List<String> javaCommand(List<String> jvm) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Dprism.order=sw");
        // the app image's own JVM options (pom.xml, app.jvm.options)
        for (String option : System.getProperty("bench.jvmOptions", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                cmd.add(option);
            }
        }
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(CLASS_PATH);
        return cmd;
    }

    /** The class path with the project's jar instead of target/classes: AppCDS archives only jars. */
    private static String jarClassPath() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.endsWith(Path.of("target", "classes"))) {
                try (var jars = Files.list(p.getParent())) {
                    entry = jars.filter(j -> j.getFileName().toString().matches("mountains-and-seas-.*\\.jar"))
                            .findFirst().map(Path::toString).orElse(entry);
                } catch (IOException e) {
                    // keep the folder: the plain runs still work, AppCDS will say why it cannot
                }
            }
            out.add(entry);
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        return exec(cmd, "-Dprism.order=sw");
    }

    private static String exec(List<String> cmd, String toolOptions) throws IOException, InterruptedException {
        Path log = Files.createTempFile(WORK, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!cmd.get(0).endsWith("java")) {
            // an app image's launcher: the software pipeline, like every other run
            pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("a benchmark run took over 600 s: " + cmd);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("a benchmark run exited " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
