package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.Fixtures;

/** A date may not be more certain than its sources: an exact date names the source that states it. */
class DateSourceTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    private static LoadResult<Dataset> read(Path root) {
        return new DatasetReader(DataLocation.folder(root), TINY).read();
    }

    @Test
    void theSourceOfADateIsReadWithIt() {
        LoadResult<Dataset> r = read(Fixtures.tinyRoot());
        assertTrue(r.clean(), () -> r.problems().toString());
        assertEquals("s1", r.value().pairings().get(0).since().source());
    }

    @Test
    void anExactDateWithoutASourceIsRefusedByFileItemAndField(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"source\": \"s1\",", "");
        LoadResult<Dataset> r = read(root);
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        LoadProblem p = r.problems().get(0);
        assertEquals("data/pairings.json › PR01 › since.source", p.describe().substring(0, p.describe().indexOf(':')));
        assertTrue(p.message().contains("an exact date needs the id of the source that states it"), p.message());
        assertEquals(1, r.value().pairings().size(), "the pairing is left out, like any bad item");
    }

    @Test
    void aDateFromASourceTheFactDoesNotCiteIsRefused(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/timeline.json", "\"source\": \"s1\"", "\"source\": \"s2\"");
        LoadResult<Dataset> r = read(root);
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        assertEquals("date.source", r.problems().get(0).field());
        assertTrue(r.problems().get(0).message().contains("\"s2\" is not one of this item's sources"));
    }

    @Test
    void aDateNoSourceStatesMayStandAsFirstReported(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"qualifier\": \"exact\",\n    \"source\": \"s1\",", "\"qualifier\": \"by\",");
        LoadResult<Dataset> r = read(root);
        assertTrue(r.clean(), () -> r.problems().toString());
        Dating since = r.value().pairings().get(0).since();
        assertEquals(Dating.Qualifier.BY, since.qualifier());
        assertEquals(null, since.source());
    }

    @Test
    void anExportedPairingKeepsTheSourceOfItsDate(@TempDir Path dir) throws Exception {
        Dataset d = read(Fixtures.tinyRoot()).value();
        Path root = Fixtures.tinyCopy(dir);
        java.nio.file.Files.write(root.resolve("data/pairings.json"), DataWriter.pairings(d.pairings(), d.dataDate()));
        LoadResult<Dataset> again = read(root);
        assertTrue(again.clean(), () -> again.problems().toString());
        assertEquals("s1", again.value().pairings().get(0).since().source());
        assertTrue(new String(DataWriter.enclaves(d.enclaves(), d.dataDate()), StandardCharsets.UTF_8).contains("\"source\": \"s1\""));
    }
}
