package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapTest {

    @Test
    void aRefusalNamesTheCapItsLimitAndWhatWasFound() {
        LoadException e = assertThrows(LoadException.class, () -> Cap.VERTICES.check("f.geojson", "330101", "geometry", 1_000_001));
        assertEquals("f.geojson › 330101 › geometry: over the vertex count cap of 1000000 vertices (found 1000001 vertices)",
                e.getMessage());
    }

    @Test
    void bytesReadAsMegabytes() {
        assertEquals("over the file size cap of 50.0 MB (found 60.0 MB)", Cap.FILE_SIZE.message(60L * 1024 * 1024));
        assertEquals("over the file size cap of 50.0 MB", Cap.FILE_SIZE.message(-1));
    }

    @Test
    void theLimitItselfIsAllowed() throws LoadException {
        Cap.NESTING_DEPTH.check("f", null, null, Cap.NESTING_DEPTH.limit());
        assertTrue(Cap.NESTING_DEPTH.exceededBy(Cap.NESTING_DEPTH.limit() + 1));
    }

    @Test
    void aLoaderCanDefineItsOwnCap() {
        Cap steps = new Cap("tour step count", 500, "steps");
        assertEquals("over the tour step count cap of 500 steps (found 501 steps)", steps.message(501));
    }
}
