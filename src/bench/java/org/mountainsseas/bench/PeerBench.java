package org.mountainsseas.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peer: Apache ECharts drawing the same maps in headless Chromium ({@code ../shared/peer-echarts},
 * or {@code -Dbench.peer=DIR}), run by the benchmark in the same sitting as the app's own rows so the
 * two columns share the machine's state. The harness is copied once to {@code benchmark-data/peer-echarts}
 * (its folder may be read-only), its npm packages installed and its data prepared there; later runs reuse
 * the copy. Needs node, npm and chromium on the PATH: {@link #missing()} says which is not.
 */
final class PeerBench {
    private static final Path HARNESS = Path.of(System.getProperty("bench.peer", "../shared/peer-echarts"));
    private static final Path COPY = Path.of("benchmark-data/peer-echarts");
    private static final List<String> SCRIPTS = List.of("package.json", "package-lock.json", "index.html", "page.js",
            "prepare.mjs", "startup.mjs", "bench.mjs", "animate.mjs");

    private PeerBench() {
    }

    /** Why the ECharts column cannot be filled (a missing tool or harness), or null when it can. */
    static String missing() {
        if (!Files.isRegularFile(HARNESS.resolve("package.json"))) {
            return "the peer harness is not at " + HARNESS.toAbsolutePath() + " (set -Dbench.peer=DIR)";
        }
        for (String tool : List.of("node", "npm", "chromium")) {
            if (!onPath(tool)) {
                return tool + " is not installed (apt-get install -y " + (tool.equals("chromium") ? "chromium" : "nodejs npm") + ")";
            }
        }
        return null;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Copies the harness if its scripts changed, installs its packages and prepares its data when missing. */
    static void prepare() throws IOException, InterruptedException {
        Files.createDirectories(COPY);
        boolean changed = false;
        for (String name : SCRIPTS) {
            Path from = HARNESS.resolve(name);
            Path to = COPY.resolve(name);
            if (Files.isRegularFile(from) && (!Files.isRegularFile(to) || Files.mismatch(from, to) != -1)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (changed || !Files.isDirectory(COPY.resolve("node_modules"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 900);
        }
        if (changed || !Files.isRegularFile(COPY.resolve("data/summary.json"))) {
            Path research = HARNESS.toAbsolutePath().getParent().resolve("research");
            ProcessBuilder pb = new ProcessBuilder("node", "prepare.mjs");
            pb.environment().put("RESEARCH_DIR", research.toString());
            run(pb, 900);
        }
    }

    /** {@code node SCRIPT ARGS…} in the copy, for a script that writes its results to a file; its output. */
    static String script(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node"));
        cmd.addAll(List.of(args));
        return run(cmd, 1800);
    }

    /** {@code node SCRIPT ARGS…} in the copy; the JSON object on its last line of output that starts with '{'. */
    static JsonObject node(String... args) throws IOException, InterruptedException {
        String out = script(args);
        String json = null;
        for (String line : out.lines().toList()) {
            if (line.startsWith("{")) {
                json = line;
            }
        }
        if (json == null) {
            throw new IllegalStateException("no JSON result from node " + String.join(" ", args) + ":\n" + out);
        }
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** The summary {@code bench.mjs} wrote for its last run. */
    static JsonObject benchSummary() throws IOException {
        return JsonParser.parseString(Files.readString(COPY.resolve("results.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonObject("summary");
    }

    /** {@code summary.CONFIG.KEY.median}, or NaN when the harness left it out. */
    static double median(JsonObject summary, String config, String key) {
        JsonObject c = summary.getAsJsonObject(config);
        if (c == null || !c.has(key) || !c.get(key).isJsonObject()) {
            return Double.NaN;
        }
        return c.getAsJsonObject(key).get("median").getAsDouble();
    }

    private static String run(List<String> cmd, int seconds) throws IOException, InterruptedException {
        return run(new ProcessBuilder(cmd), seconds);
    }

    private static String run(ProcessBuilder pb, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("peer", ".log");
        try {
            Process p = pb.directory(COPY.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the peer harness took over " + seconds + " s: " + pb.command());
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", pb.command()) + " exited " + p.exitValue() + ":\n" + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
