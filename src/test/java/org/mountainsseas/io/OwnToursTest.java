package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.testing.Fixtures;

class OwnToursTest {
    private static Dataset tiny;

    @BeforeAll
    static void load() {
        tiny = Fixtures.tinyData();
    }

    private static Tour tour(String file, String title) {
        Tour.Step step = new Tour.Step("a", Text.of("甲", "A"), Text.of("说明", "Caption"), Tour.Camera.point(28.5, 120.25, 9.5),
                new Tour.Highlight(List.of("330102"), List.of("PR01"), List.of(), false), List.of("s1"), 2021, List.of());
        return new Tour(file, Text.of(title, title), List.of(new Tour.Chapter(Text.of(title, title), List.of(step))));
    }

    private static OwnTours store(Path dir) {
        return new OwnTours(dir.resolve(OwnTours.FOLDER), Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aSavedTourIsListedEqual(@TempDir Path dir) throws IOException {
        OwnTours tours = store(dir);
        assertTrue(tours.list(new TourReader(tiny)).tours().isEmpty(), "no folder yet: no tours, no problem");
        tours.save("lesson", tour("lesson.json", "Lesson"));
        OwnTours.Listing l = tours.list(new TourReader(tiny));
        assertEquals(List.of(), l.damaged());
        assertEquals(tour("lesson.json", "Lesson"), l.tours().get(0).tour());
        assertEquals("lesson", l.tours().get(0).name());
    }

    @Test
    void aDamagedTourIsKeptAsideAndTheOthersAreStillListed(@TempDir Path dir) throws IOException {
        OwnTours tours = store(dir);
        tours.save("good", tour("good.json", "Good"));
        Path bad = tours.file("broken");
        Files.writeString(bad, "{\"format\": \"mountainsseas/tour\", ", StandardCharsets.UTF_8);
        Path invalid = tours.file("invalid");
        Files.writeString(invalid, new String(org.mountainsseas.data.TourWriter.write(tour("invalid.json", "X")), StandardCharsets.UTF_8)
                .replace("330102", "339999"), StandardCharsets.UTF_8);
        OwnTours.Listing l = tours.list(new TourReader(tiny));
        assertEquals(List.of("good"), l.tours().stream().map(OwnTours.Own::name).toList());
        assertEquals(2, l.damaged().size());
        for (OwnTours.Damaged d : l.damaged()) {
            assertEquals(d.fileName() + ".damaged-20261206T180000Z", d.keptAs().getFileName().toString());
            assertTrue(Files.exists(d.keptAs()), "kept, never deleted");
            assertFalse(Files.exists(tours.folder().resolve(d.fileName())), "moved out of the way");
        }
        assertTrue(l.damaged().get(1).problem().contains("339999"), l.damaged().get(1).problem());
        assertEquals(List.of("good"), tours.list(new TourReader(tiny)).tours().stream().map(OwnTours.Own::name).toList());
        assertEquals(List.of(), tours.list(new TourReader(tiny)).damaged(), "reported once");
    }

    @Test
    void namesComeFromTitlesAndAreUnique() {
        assertEquals("my-first-lesson", OwnTours.freeName("My first lesson!", Set.of()));
        assertEquals("my-tour-2", OwnTours.freeName("山海协作", Set.of("my-tour")));
        assertTrue(OwnTours.NAME.matcher(OwnTours.freeName("x".repeat(200), Set.of())).matches());
    }
}
