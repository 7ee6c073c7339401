package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.mode.lecture.LectureTheme;

class LectureOptionsTest {

    private static Options.Presentation parse(String... args) throws Options.BadArguments {
        return Options.parse(List.of(args)).presentation();
    }

    @Test
    void presentTakesAnOptionalTour() throws Options.BadArguments {
        Options.Presentation p = parse("--present");
        assertTrue(p.present());
        assertNull(p.tour(), "the bundled tour");
        assertEquals(1, p.step());
        assertEquals(LectureTheme.PROJECTOR, p.theme());
        Options.Presentation q = parse("--present", "my-tour.json", "--theme", "print", "--step", "5", "--lang", "en");
        assertEquals("my-tour.json", q.tour());
        assertEquals(LectureTheme.PRINT, q.theme());
        assertEquals(5, q.step());
        // one value per option: a second --present is a mistake to point out, not a value to take
        assertThrows(Options.BadArguments.class, () -> parse("--present", "--step", "2", "--present", "my-tour.json"));
    }

    @Test
    void exportTourTakesAFolderOrAPdf() throws Options.BadArguments {
        Options.Presentation p = parse("--export-tour", "slides.pdf", "--size", "3840x2160");
        assertEquals(Path.of("slides.pdf"), p.exportTour());
        assertFalse(p.present());
        assertTrue(p.active());
        assertFalse(parse().active(), "no lecture by default");
    }

    @Test
    void exportTourToAnMp4IsAVideoAt25Or30Fps() throws Options.BadArguments {
        Options.Presentation p = parse("--export-tour", "tour.MP4");
        assertTrue(p.videoExport());
        assertEquals(25, p.fps());
        assertEquals(30, parse("--export-tour", "tour.mp4", "--fps", "30").fps());
        assertFalse(parse("--export-tour", "slides.pdf").videoExport());
        assertTrue(assertThrows(Options.BadArguments.class, () -> parse("--export-tour", "tour.mp4", "--fps", "24"))
                .getMessage().contains("25 or 30"));
        assertThrows(Options.BadArguments.class, () -> parse("--export-tour", "slides.pdf", "--fps", "30"));
        assertTrue(assertThrows(Options.BadArguments.class, () -> parse("--export-tour", "tour.mp4", "--size", "1281x720"))
                .getMessage().contains("even"));
    }

    @Test
    void badLectureArgumentsAreRefusedWithAMessage() {
        assertTrue(assertThrows(Options.BadArguments.class, () -> parse("--present", "--theme", "neon"))
                .getMessage().contains("projector or print"));
        assertThrows(Options.BadArguments.class, () -> parse("--present", "--step", "0"));
        assertThrows(Options.BadArguments.class, () -> parse("--present", "--step", "two"));
        assertThrows(Options.BadArguments.class, () -> parse("--export-tour"));
        assertTrue(assertThrows(Options.BadArguments.class, () -> parse("--theme", "print"))
                .getMessage().contains("--present"));
    }

    @Test
    void anOptionGivenTwiceIsRefused() {
        assertEquals("--snapshot is given twice; give it once", assertThrows(Options.BadArguments.class,
                () -> Options.parse(java.util.List.of("--snapshot", "a.png", "--snapshot", "b.png"))).getMessage());
        assertThrows(Options.BadArguments.class, () -> parse("--present", "--step", "2", "--step", "3"));
        assertThrows(Options.BadArguments.class, () -> Options.parse(java.util.List.of("--year", "2010", "--year", "2020")));
    }

    @Test
    void aStepPastTheEndIsNamed() {
        assertEquals("--step 999 is past the end: the tour has 24 steps (give 1 to 24)", LectureCommands.stepProblem(999, 24));
        assertEquals(null, LectureCommands.stepProblem(24, 24));
    }
}
