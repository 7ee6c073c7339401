package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.export.Paper;

class OptionsExportTest {
    @Test
    void fileExportsRunWithoutAWindowAndTakePaperAndDpi() throws Exception {
        Options o = Options.parse(List.of("--export-gis", "out/gis", "--export-map", "map.png", "--paper", "a3-portrait",
                "--dpi", "300", "--export-atlas", "atlas.pdf", "--lang", "en", "--year", "2012", "--select", "330127"));
        assertEquals(Path.of("out/gis"), o.exports().gis());
        assertEquals(Path.of("map.png"), o.exports().map());
        assertEquals(Path.of("atlas.pdf"), o.exports().atlas());
        assertEquals(new Paper("A3", false), Paper.parse(o.exports().paper()));
        assertEquals(300, o.exports().dpi());
        assertFalse(o.interactive(), "an export is not a window for a person");
        assertTrue(Options.parse(List.of()).interactive());
        assertFalse(Options.parse(List.of()).exports().any());
    }

    @Test
    void badExportArgumentsAreRefusedWithAOneLineMessage() {
        assertEquals("--export-map needs a file name ending in .pdf or .png, not map.jpg",
                assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--export-map", "map.jpg"))).getMessage());
        assertEquals("--paper must be A4, A3 or A2, optionally with -portrait, not A5",
                assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--export-map", "m.pdf", "--paper", "A5"))).getMessage());
        assertEquals("--dpi needs a number from 72 to 1200, not 5000",
                assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--export-map", "m.png", "--dpi", "5000"))).getMessage());
        assertEquals("--paper and --dpi need --export-map or --export-atlas",
                assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--paper", "A3"))).getMessage());
        assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--export-gis")));
    }
}
