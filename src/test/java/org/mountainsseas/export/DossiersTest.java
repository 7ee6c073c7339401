package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.TestWorld;

class DossiersTest {
    private final World world = TestWorld.bundled();

    private MapScene scene(Language l) {
        return MapScene.of(world.dataset(), world.atlas(), world.sides(), world.cityOutlines(), l);
    }

    @Test
    void onePagePerMountainCountyEachWithABookmarkOnItsPage() throws IOException {
        assumeTrue(MapSheetTest.haveFont(), "no embeddable CJK font on this machine");
        List<String> counties = Dossiers.countiesFor(world.dataset(), Set.of(), null);
        assertEquals(26, counties.size(), "the 26 mountain counties of the 2021 list");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(26, Dossiers.write(scene(Language.ZH), counties, out, Progress.NONE));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(counties.size(), doc.getNumberOfPages());
            List<String> marks = new ArrayList<>();
            int page = 0;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(item.getTitle());
                assertEquals(doc.getPage(page++), item.findDestinationPage(doc), item.getTitle() + " opens its own page");
            }
            assertEquals(counties.size(), marks.size());
            String first = world.dataset().county(counties.get(0)).name().zh();
            assertTrue(marks.get(0).startsWith(first), marks.get(0));
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String text = strip.getText(doc);
            for (String s : List.of(first, "结对方", "飞地", "项目", "来源", "[1]", "清大线")) {
                assertTrue(text.contains(s), s + " on the first page:\n" + text);
            }
        }
    }

    @Test
    void theSelectionOrTheFilterChoosesTheCounties() {
        var data = world.dataset();
        assertEquals(List.of("330127"), Dossiers.countiesFor(data, Set.of("330127", "330106"), null),
                "a selected mountain county; the partner Xihu has no dossier");
        assertEquals(List.of("330127", "330723"), Dossiers.countiesFor(data, Set.of(), Set.of("330723", "330127", "330106")),
                "the filter's mountain counties, in list order");
        assertEquals(26, Dossiers.countiesFor(data, Set.of("330106"), null).size(), "no mountain county chosen: all of them");
    }

    @Test
    void eachFactCitesItsSourcesOnThePage() throws IOException {
        assumeTrue(MapSheetTest.haveFont(), "no embeddable CJK font on this machine");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dossiers.write(scene(Language.EN), List.of("330127"), out, Progress.NONE);
        String text = MapSheetTest.text(out.toByteArray());
        var pairing = world.dataset().pairingsOf("330127").get(0);
        var source = world.dataset().source(pairing.provenance().sourceIds().get(0));
        var cited = java.util.regex.Pattern.compile("Xihu District \\(Hangzhou\\) — .* confidence high \\[(\\d+)[],]").matcher(text);
        assertTrue(cited.find(), "the pairing with its confidence and source numbers: " + text);
        assertTrue(text.contains("[" + cited.group(1) + "] " + Citation.of(source).substring(0, 20)),
                "its first source is listed under its number: " + text);
    }
}
