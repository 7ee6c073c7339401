package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.testing.Fixtures;

class WorldPreloadTest {
    @TempDir
    Path home;

    private ImportStore store() {
        return new ImportStore(home.resolve("imported"), AtomicWriter::write);
    }

    @Test
    void theAppTakesTheLoadStartedInMainForTheSameData() throws Exception {
        Options options = Options.parse(List.of("--data", Fixtures.tinyRoot().toString()));
        var started = WorldPreload.start(options, store());
        DataLocation base = WorldPreload.base(options);
        var taken = WorldPreload.take(store(), base, null);
        assertSame(started, taken, "the load started in main, not a second one");
        assertEquals(5, taken.get().atlas().countyCount(), "the tiny fixture province");
        // a second take loads again: the started load is handed out once
        var again = WorldPreload.take(store(), base, null);
        assertNotSame(started, again);
        assertEquals(5, again.get().atlas().countyCount());
    }

    @Test
    void aLoadStartedForOtherDataIsNotUsed() throws Exception {
        var started = WorldPreload.start(Options.parse(List.of()), store());
        var taken = WorldPreload.take(store(), Fixtures.tiny(), null);
        assertNotSame(started, taken);
        World world = taken.get();
        assertEquals(5, world.atlas().countyCount(), "the data asked for, not the bundled 90 counties preloaded");
    }
}
