package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        WorldPreload.start(options, store());
        DataLocation location = store().location(WorldPreload.base(options));
        World world = WorldPreload.take(location, null).get();
        assertEquals(5, world.atlas().countyCount(), "the tiny fixture province");
        // a second take loads again: the started load is handed out once
        assertEquals(5, WorldPreload.take(location, null).get().atlas().countyCount());
    }

    @Test
    void aLoadStartedForOtherDataIsNotUsed() throws Exception {
        WorldPreload.start(Options.parse(List.of()), store());
        World world = WorldPreload.take(Fixtures.tiny(), null).get();
        assertEquals(5, world.atlas().countyCount(), "the data asked for, not the bundled 90 counties preloaded");
    }
}
