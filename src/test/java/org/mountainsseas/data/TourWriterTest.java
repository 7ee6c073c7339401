package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;
import org.mountainsseas.testing.Fixtures;

class TourWriterTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");
    private static Dataset tiny;
    private static Dataset bundled;

    @BeforeAll
    static void load() {
        tiny = new DatasetReader(Fixtures.tiny(), TINY).read().value();
        Set<String> adcodes = new HashSet<>();
        GeoJsonReader.readCounties(DataLocation.bundled()).value().forEach((Boundary b) -> adcodes.add(b.id()));
        bundled = new DatasetReader(DataLocation.bundled(), adcodes).read().value();
    }

    private static Tour roundTrip(Dataset data, Tour tour) throws LoadException {
        return new TourReader(data).read(tour.file(), TourWriter.write(tour));
    }

    @Test
    void theBundledTourReadsBackEqual() throws LoadException {
        for (String name : TourReader.BUNDLED) {
            Tour tour = new TourReader(bundled).readBundled(name);
            assertEquals(tour, roundTrip(bundled, tour));
        }
    }

    @Test
    void generatedToursReadBackEqual() throws LoadException {
        Random random = new Random(19);
        for (int i = 0; i < 300; i++) {
            Tour tour = generated(random);
            assertEquals(tour, roundTrip(tiny, tour), () -> new String(TourWriter.write(tour), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyComponentOfAStepHasALineInTheWriter() {
        List<String> components = Arrays.stream(Tour.Step.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertEquals(new HashSet<>(components), TourWriter.STEP_FIELDS.keySet(),
                "a Step component without a line in TourWriter.STEP_FIELDS would be lost on save");
    }

    @Test
    void optionalFieldsAreLeftOutWhenEmpty() {
        Tour.Step step = new Tour.Step("a", Text.of("甲", "A"), Text.of("说明", "Caption"), Tour.Camera.home(),
                Tour.Highlight.NONE, List.of("s1"), null, List.of());
        String json = TourWriter.step(step).toString();
        assertFalse(json.contains("highlight") || json.contains("year") || json.contains("chart"), json);
        assertNull(TourWriter.step(step).get("notes"));
        assertTrue(json.contains("\"home\":true"), json);
    }

    private static final String[] COUNTIES = {"330101", "330102", "330103", "330104", "330105"};
    private static final String[] WORDS = {"山", "海", "清大线", "Lishui", "mountain–sea", "“quoted”", "a\nline", "<b>&", "\\slash", "丽水 Lishui"};

    private static Tour generated(Random r) {
        List<Tour.Chapter> chapters = new ArrayList<>();
        int id = 0;
        for (int c = 0, n = 1 + r.nextInt(3); c < n; c++) {
            List<Tour.Step> steps = new ArrayList<>();
            for (int s = 0, m = 1 + r.nextInt(4); s < m; s++) {
                steps.add(new Tour.Step("s" + id++, text(r, false), text(r, true), camera(r), highlight(r),
                        some(r, List.of("s1", "s2"), 1), r.nextBoolean() ? null : 1949 + r.nextInt(152),
                        r.nextInt(3) == 0 ? List.of("F01") : List.of()));
            }
            chapters.add(new Tour.Chapter(text(r, false), steps));
        }
        return new Tour("generated.json", text(r, false), chapters);
    }

    private static Text text(Random r, boolean lines) {
        String zh = WORDS[r.nextInt(WORDS.length)] + r.nextInt(100);
        String en = WORDS[r.nextInt(WORDS.length)] + r.nextInt(100);
        if (!lines) {
            zh = zh.replace('\n', ' ');
            en = en.replace('\n', ' ');
        }
        return switch (r.nextInt(3)) {
            case 0 -> Text.of(zh, zh);
            default -> Text.of(zh, en);
        };
    }

    private static Tour.Camera camera(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Tour.Camera.home();
            case 1 -> Tour.Camera.fit(some(r, List.of(COUNTIES), 1));
            default -> Tour.Camera.point(26 + 6 * r.nextDouble(), 117 + 7 * r.nextDouble(), 5 + 9 * r.nextDouble());
        };
    }

    private static Tour.Highlight highlight(Random r) {
        return new Tour.Highlight(some(r, List.of(COUNTIES), 0), some(r, List.of("PR01"), 0), some(r, List.of("E01"), 0),
                r.nextBoolean(), some(r, List.of("B01"), 0), some(r, List.of("L01"), 0));
    }

    /** A random ordered subset of {@code from} with at least {@code min} items. */
    private static List<String> some(Random r, List<String> from, int min) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (r.nextBoolean()) {
                out.add(s);
            }
        }
        if (out.size() < min) {
            out.add(from.get(r.nextInt(from.size())));
        }
        java.util.Collections.shuffle(out, r);
        return out;
    }
}
