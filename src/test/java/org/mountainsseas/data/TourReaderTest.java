package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.model.YearView;
import org.mountainsseas.testing.Fixtures;

class TourReaderTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");
    private static Dataset tiny;
    private static Dataset bundled;

    /** A valid one-step tour over the tiny province; tests break one field at a time. */
    private static final String GOOD = """
            {"format": "mountainsseas/tour", "version": 1,
             "title": {"zh": "小省", "en": "Tiny"},
             "chapters": [{"title": {"zh": "一", "en": "One"}, "steps": [
               {"id": "a", "title": {"zh": "甲", "en": "A"}, "caption": {"zh": "说明", "en": "First caption"},
                "camera": {"home": true}, "sources": ["s1"]},
               {"id": "b", "title": {"zh": "乙", "en": "B"}, "caption": {"zh": "说明", "en": "Caption"},
                "notes": {"zh": "提示", "en": "Prompt"},
                "camera": {"fit": ["330101", "330103"]},
                "highlight": {"counties": ["330102"], "pairings": ["PR01"], "enclaves": ["E01"], "qingdaLine": true,
                              "beyond": ["B01"], "corridors": ["L01"]},
                "sources": ["s1", "s2"], "year": 2021, "chart": ["F01"]}
             ]}]}
            """;

    @BeforeAll
    static void load() {
        LoadResult<Dataset> r = new DatasetReader(Fixtures.tiny(), TINY).read();
        assertTrue(r.clean(), () -> r.problems().toString());
        tiny = r.value();
        LoadResult<List<Boundary>> counties = GeoJsonReader.readCounties(DataLocation.bundled());
        Set<String> adcodes = new HashSet<>();
        counties.value().forEach(b -> adcodes.add(b.id()));
        bundled = new DatasetReader(DataLocation.bundled(), adcodes).read().value();
    }

    private static Tour read(String json) throws LoadException {
        return new TourReader(tiny).read("my-tour.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadProblem problem(String from, String to) {
        assertTrue(GOOD.contains(from), from);
        LoadException e = assertThrows(LoadException.class, () -> read(GOOD.replace(from, to)));
        assertEquals("my-tour.json", e.problem().file(), "the message names the file");
        return e.problem();
    }

    @Test
    void aValidTourReadsIntoChaptersAndSteps() throws LoadException {
        Tour t = read(GOOD);
        assertEquals(2, t.steps().size());
        Tour.Step b = t.steps().get(1);
        assertEquals(Tour.Camera.Kind.FIT, b.camera().kind());
        assertEquals(List.of("330101", "330103"), b.camera().fit());
        assertEquals(List.of("PR01"), b.highlight().pairings());
        assertTrue(b.highlight().qingdaLine());
        assertEquals(2021, b.year());
        assertEquals(List.of("F01"), b.chart());
        assertEquals("One", t.chapterOf(1).title().en());
    }

    @Test
    void anUnknownAdcodeNamesTheStepAndTheField() {
        LoadProblem p = problem("\"fit\": [\"330101\", \"330103\"]", "\"fit\": [\"330101\", \"339999\"]");
        assertEquals("step 2 (b) › camera", p.item());
        assertEquals("fit[1]", p.field());
        assertTrue(p.message().contains("339999"), p.message());
    }

    @Test
    void anUnknownPairingEnclaveSourceOrFigureIsAnError() {
        assertEquals("pairings[0]", problem("\"pairings\": [\"PR01\"]", "\"pairings\": [\"PR77\"]").field());
        assertEquals("enclaves[0]", problem("\"enclaves\": [\"E01\"]", "\"enclaves\": [\"E9\"]").field());
        LoadProblem source = problem("\"sources\": [\"s1\", \"s2\"]", "\"sources\": [\"s1\", \"nope\"]");
        assertEquals("step 2 (b)", source.item());
        assertEquals("sources[1]", source.field());
        assertTrue(source.message().contains("nope") && source.message().contains("sources.json"), source.message());
        assertEquals("chart[0]", problem("\"chart\": [\"F01\"]", "\"chart\": [\"F99\"]").field());
    }

    @Test
    void aStepLightsItemsBeyondZhejiangAndCorridorsThatExist() throws LoadException {
        Tour.Highlight h = read(GOOD).steps().get(1).highlight();
        assertEquals(List.of("B01"), h.beyond());
        assertEquals(List.of("L01"), h.corridors());
        LoadProblem beyond = problem("\"beyond\": [\"B01\"]", "\"beyond\": [\"B77\"]");
        assertEquals("beyond[0]", beyond.field());
        assertTrue(beyond.message().contains("beyond.json"), beyond.message());
        assertEquals("corridors[0]", problem("\"corridors\": [\"L01\"]", "\"corridors\": [\"L9\"]").field());
    }

    @Test
    void aStepCanShowTheChinaViewButOnlyAsItsOneCamera() throws LoadException {
        Tour.Step a = read(GOOD.replace("{\"home\": true}", "{\"china\": true}")).steps().get(0);
        assertEquals(Tour.Camera.Kind.CHINA, a.camera().kind());
        assertEquals("china", problem("{\"home\": true}", "{\"china\": false}").field());
        LoadProblem both = problem("{\"home\": true}", "{\"china\": true, \"home\": true}");
        assertEquals("step 1 (a) › camera", both.item());
        assertTrue(both.message().contains("\"china\": true"), both.message());
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertEquals("caption.en", problem("\"说明\", \"en\": \"First caption\"}", "\"说明\"}").field());
        assertEquals("sources", problem("\"camera\": {\"home\": true}, \"sources\": [\"s1\"]",
                "\"camera\": {\"home\": true}, \"sources\": []").field());
        assertEquals("step 1 (a) › camera", problem("{\"home\": true}", "{\"home\": true, \"fit\": [\"330101\"]}").item());
        assertEquals("year", problem("\"year\": 2021", "\"year\": \"2021\"").field());
        assertEquals("id", problem("\"id\": \"b\"", "\"id\": \"a\"").field(), "duplicate step ids");
        assertEquals("format", problem("mountainsseas/tour", "mountainsseas/figures").field());
        assertEquals("chapters", problem("\"chapters\": [{", "\"chaptres\": [{").field());
    }

    @Test
    void aCaptionTooLongForASlideIsRefused() {
        String longText = "x".repeat(TourReader.MAX_CAPTION_EN + 1);
        LoadProblem p = problem("First caption", longText);
        assertEquals("caption.en", p.field());
        assertEquals("caption.zh", problem("\"说明\", \"en\": \"First", "\"" + "山".repeat(TourReader.MAX_CAPTION_ZH + 1)
                + "\", \"en\": \"First").field());
    }

    @Test
    void aCaptionWrittenInEnglishOnlyIsHeldInBothSlotsUnderTheEnglishCap() throws LoadException {
        String english = "x".repeat(TourReader.MAX_CAPTION_EN);
        Tour t = read(GOOD.replace("\"说明\", \"en\": \"First caption\"", "\"" + english + "\", \"en\": \"" + english + "\""));
        assertEquals(english, t.steps().get(0).caption().zh());
    }

    @Test
    void speakerNotesAreOptionalBilingualAndCappedLikeCaptions() throws LoadException {
        Tour t = read(GOOD);
        assertFalse(t.steps().get(0).hasNotes());
        assertEquals(new Text("提示", "Prompt"), t.steps().get(1).notes());
        assertEquals("notes.en", problem("\"提示\", \"en\": \"Prompt\"}", "\"提示\"}").field());
        assertEquals("notes.en", problem("Prompt", "x".repeat(TourReader.MAX_CAPTION_EN + 1)).field());
        assertEquals("notes.zh", problem("提示", "字".repeat(TourReader.MAX_CAPTION_ZH + 1)).field());
        LoadProblem control = problem("Prompt", "Pro\\u0007mpt");
        assertEquals("notes.en", control.field());
        assertTrue(control.message().contains("U+0007"), control.message());
        assertEquals("Two\nlines", read(GOOD.replace("Prompt", "Two\\nlines")).steps().get(1).notes().en(),
                "a line break is allowed in notes, as in captions");
    }

    @Test
    void everyChapterOfTheBundledTourOpensWithSpeakerNotes() throws LoadException {
        Tour tour = new TourReader(bundled).readBundled(TourReader.BUNDLED.get(0));
        int first = 0;
        for (Tour.Chapter c : tour.chapters()) {
            Tour.Step step = tour.steps().get(first);
            assertTrue(step.hasNotes(), () -> "chapter " + c.title().en() + " opens without notes: " + step.id());
            first += c.steps().size();
        }
    }

    @Test
    void brokenJsonAndMissingFilesGiveMessagesNotCrashes(@TempDir Path dir) throws IOException {
        LoadException broken = assertThrows(LoadException.class, () -> read("{\"format\": "));
        assertTrue(broken.getMessage().startsWith("my-tour.json"), broken.getMessage());
        LoadException missing = assertThrows(LoadException.class, () -> new TourReader(tiny).read(dir.resolve("gone.json")));
        assertTrue(missing.getMessage().contains("gone.json") && missing.getMessage().contains("missing"), missing.getMessage());
        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, GOOD.replace("小省", "\u00ff").getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(LoadException.class, () -> new TourReader(tiny).read(gbk));
    }

    @Test
    void everyStepOfEveryBundledTourNamesCountiesPairingsAndSourcesThatExist() throws Exception {
        Set<String> files = new TreeSet<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("assets/tours"), "*.json")) {
            dir.forEach(p -> files.add(p.getFileName().toString().replace(".json", "")));
        }
        assertEquals(new TreeSet<>(TourReader.BUNDLED), files, "every file in assets/tours is listed in BUNDLED");
        for (String name : TourReader.BUNDLED) {
            Tour tour = new TourReader(bundled).readBundled(name);
            assertFalse(tour.steps().isEmpty());
            for (Tour.Step s : tour.steps()) {
                s.camera().fit().forEach(a -> assertTrue(bundled.county(a) != null, a));
                s.highlight().counties().forEach(a -> assertTrue(bundled.county(a) != null, a));
                s.highlight().pairings().forEach(id -> assertTrue(
                        bundled.pairings().stream().anyMatch(p -> p.id().equals(id)), id));
                s.highlight().enclaves().forEach(id -> assertTrue(
                        bundled.enclaves().stream().anyMatch(e -> e.id().equals(id)), id));
                assertFalse(s.sources().isEmpty(), s.id());
                s.sources().forEach(id -> assertTrue(bundled.source(id) != null, s.id() + " cites " + id));
            }
        }
    }

    @Test
    void aBundledStepWithAYearHighlightsOnlyWhatTheMapShowsInThatYear() throws Exception {
        // the lecture moves the map to a step's year, so what the step lights up must be on the map then
        for (String name : TourReader.BUNDLED) {
            for (Tour.Step s : new TourReader(bundled).readBundled(name).steps()) {
                if (s.year() == null) {
                    continue;
                }
                YearView at = YearView.of(bundled, s.year());
                for (Pairing p : bundled.pairings()) {
                    if (s.highlight().pairings().contains(p.id())) {
                        assertTrue(at.pairing(p).shown(), s.id() + " (" + s.year() + ") lights " + p.id() + ", not yet on the map then");
                    }
                }
                for (Enclave e : bundled.enclaves()) {
                    if (s.highlight().enclaves().contains(e.id())) {
                        assertTrue(at.enclave(e).shown(), s.id() + " (" + s.year() + ") lights " + e.id() + ", not yet on the map then");
                    }
                }
            }
        }
    }

    @Test
    void theBundledTourCoversTheSevenChaptersTheLectureNeeds() throws LoadException {
        Tour tour = new TourReader(bundled).readBundled(TourReader.BUNDLED.get(0));
        assertEquals(7, tour.chapters().size());
        assertTrue(tour.steps().stream().anyMatch(s -> !s.highlight().beyond().isEmpty()), "cooperation beyond Zhejiang");
        assertTrue(tour.steps().stream().anyMatch(s -> !s.highlight().corridors().isEmpty()), "the mountain–sea corridors");
        assertTrue(tour.steps().stream().anyMatch(s -> s.highlight().qingdaLine()), "the Qingda Line");
        assertTrue(tour.steps().stream().anyMatch(s -> s.highlight().counties().size() == 26), "the 26 counties");
        assertTrue(tour.steps().stream().anyMatch(s -> !s.chart().isEmpty()), "figures as charts");
        assertTrue(tour.steps().stream().anyMatch(s -> Integer.valueOf(2024).equals(s.year())), "the 2024 change");
        assertTrue(tour.steps().stream().anyMatch(s -> Integer.valueOf(2025).equals(s.year())), "the 2025 change");
    }
}
