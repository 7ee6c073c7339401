package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.testing.Fixtures;

/** {@code --check-data [DIR]}: the start-up validation as a command, one line per problem, exit 0 or 1. */
class DataCheckTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theOptionTakesAnOptionalFolder() throws Exception {
        Options bundled = Options.parse(List.of("--check-data"));
        assertTrue(bundled.checkData());
        assertNull(bundled.dataDir());
        Options folder = Options.parse(List.of("--check-data", "assets"));
        assertEquals(Path.of("assets"), folder.dataDir());
        assertFalse(Options.parse(List.of()).checkData());
    }

    @Test
    void theRepositoryDataAndItsTourPass() {
        assertEquals(0, DataCheck.run(DataLocation.folder(Path.of("assets")), Path.of("assets"), out), lines()::toString);
        assertEquals(1, lines().size(), lines()::toString);
        assertTrue(lines().get(0).endsWith(" 1 tour: no problems"), lines().get(0));
    }

    @Test
    void everyProblemIsOneLineByFileItemAndFieldAndTheResultIsOne(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"source\": \"s1\",", "");
        Fixtures.edit(root, "data/enclaves.json", "\"host\": \"330103\"", "\"host\": \"339999\"");
        Files.createDirectories(root.resolve("tours"));
        Files.writeString(root.resolve("tours/broken.json"), "{\"format\": \"mountainsseas/tour\"");
        assertEquals(1, DataCheck.run(DataLocation.folder(root), root, out));
        List<String> lines = lines();
        assertTrue(lines.contains("data/pairings.json › PR01 › since.source: an exact date needs the id of the source that states it;"
                + " if no source states the date, make it \"by\" (first reported) or \"circa\" (worked out)"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data/enclaves.json › E01 › host: unknown county adcode 339999")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("broken.json")), lines::toString);
        assertTrue(lines.get(lines.size() - 1).endsWith("1 tour: 3 problems"), lines.get(lines.size() - 1));
    }
}
