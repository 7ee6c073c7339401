package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.Misspellings;
import org.mountainsseas.testing.TestWorld;

class MapSheetTest {
    private static World world;

    @BeforeAll
    static void load() {
        world = TestWorld.bundled();
    }

    static boolean haveFont() {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.load(doc);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static MapScene scene(Language l) {
        return MapScene.of(world.dataset(), world.atlas(), world.sides(), world.cityOutlines(), l);
    }

    private static byte[] pdf(MapScene scene, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapSheet.write(scene, paper, out, Progress.NONE);
        return out.toByteArray();
    }


    @ParameterizedTest
    @ValueSource(strings = {"A4-landscape", "A4-portrait", "A3-landscape", "A3-portrait", "A2-landscape", "A2-portrait"})
    void theMapIsVectorPathsAndFillsThePrintableArea(String code) throws IOException {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        Paper paper = Paper.parse(code);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        float[] legend = MapSheet.write(scene(Language.ZH), paper, bytes, Progress.NONE).legend();
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            PDPage page = doc.getPage(0);
            assertEquals(paper.width(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(paper.height(), page.getMediaBox().getHeight(), 0.01);
            Map<String, Integer> ops = operators(page);
            assertTrue(ops.getOrDefault("l", 0) > 10_000 && ops.getOrDefault("c", 0) > 100 && ops.getOrDefault("f", 0) > 20,
                    "county outlines as line-to paths, arcs as curves, fills: " + ops);
            assertEquals(0, ops.getOrDefault("Do", 0), "no embedded image: the map is not a raster");
            Rectangle2D counties = countyFills(page, new Rectangle2D.Float(legend[0], legend[1], legend[2], legend[3]));
            float printableW = paper.width() - 2 * MapSheet.MARGIN, printableH = paper.height() - 2 * MapSheet.MARGIN;
            double share = Math.max(counties.getWidth() / printableW, counties.getHeight() / printableH);
            assertTrue(share >= 0.8, code + ": the counties fill " + Math.round(share * 100) + " % of the printable width or height");
        }
    }

    @Test
    void countyNamesTitleLegendAndSourcesAreRealText() throws IOException {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        String zh = text(pdf(scene(Language.ZH), Paper.A4_LANDSCAPE));
        for (String name : List.of("淳安县", "开化县", "泰顺县", "西湖区", "慈溪市", "清大线", "图例", "山区县", "来源", "km", "N")) {
            assertTrue(zh.contains(name), name + " in:\n" + zh);
        }
        assertFalse(zh.contains("▾") || zh.contains(Misspellings.QINGDA_LINE), "no fold arrow, and the line is 清大线");
        String en = text(pdf(scene(Language.EN), new Paper("A3", false)));
        for (String name : List.of("Chun'an County", "Kaihua County", "Taishun County", "Qingda Line", "Legend", "Sources")) {
            assertTrue(en.contains(name), name + " in:\n" + en);
        }
        // a character no embedded font has is drawn as its plain-text stand-in, not as "?"
        assertTrue(en.contains("mountain → partner") || en.contains("mountain -> partner"), "the legend's arrow in:\n" + en);
        assertFalse(en.contains("mountain ? partner"), en);
    }

    @Test
    void theSubtitleSaysTheYearAndTheSelection() throws IOException {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        MapScene s = scene(Language.EN).inYear(2012).selecting(Set.of("330127"));
        String text = text(pdf(s, Paper.A4_LANDSCAPE));
        assertTrue(text.contains("end of 2012") && text.contains("Selected: Chun'an County"), text);
        assertTrue(text.contains("Left the mountain-county list") && text.contains("Outside the selection or filter"),
                "the legend explains the timeline fills and the dimming: " + text);
    }

    @Test
    void aPngIsThePageAtTheChosenResolution() throws IOException {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        BufferedImage image = MapSheet.png(scene(Language.ZH), Paper.A4_LANDSCAPE, 150, Progress.NONE);
        assertEquals(Math.round(Paper.A4_LANDSCAPE.width() / 72 * 150), image.getWidth(), 1);
        assertEquals(Math.round(Paper.A4_LANDSCAPE.height() / 72 * 150), image.getHeight(), 1);
    }

    @Test
    void paperSizesAreIsoInPoints() {
        assertEquals(841.89, Paper.parse("A4").width(), 0.05);
        assertEquals(595.28, Paper.parse("A4").height(), 0.05);
        assertEquals(841.89, Paper.parse("a3-portrait").width(), 0.05);
        assertEquals(1683.78, Paper.parse("A2-portrait").height(), 0.1);
        assertEquals(2, Paper.parse("A2").unit(), 1e-6);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static Map<String, Integer> operators(PDPage page) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                out.merge(op.getName(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** The bounds of every fill painted in a county class colour outside the legend: where the counties are on the page. */
    static Rectangle2D countyFills(PDPage page, Rectangle2D legend) throws IOException {
        Set<Integer> classes = Set.of(PrintStyle.MOUNTAIN.getRGB(), PrintStyle.PARTNER.getRGB(), PrintStyle.OTHER.getRGB());
        Rectangle2D[] box = {null};
        new PDFGraphicsStreamEngine(page) {
            private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                moveTo((float) p0.getX(), (float) p0.getY());
                lineTo((float) p1.getX(), (float) p1.getY());
                lineTo((float) p2.getX(), (float) p2.getY());
                lineTo((float) p3.getX(), (float) p3.getY());
                closePath();
            }

            @Override
            public void moveTo(float x, float y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.lineTo(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                path.curveTo(x1, y1, x2, y2, x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return path.getCurrentPoint();
            }

            @Override
            public void closePath() {
                path.closePath();
            }

            @Override
            public void endPath() {
                path.reset();
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                int rgb = getGraphicsState().getNonStrokingColor().toRGB() | 0xff000000;
                if (classes.contains(rgb) && !legend.contains(path.getBounds2D())) {
                    Rectangle2D b = path.getBounds2D();
                    box[0] = box[0] == null ? b : box[0].createUnion(b);
                }
                path.reset();
            }

            @Override
            public void strokePath() {
                path.reset();
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        assertTrue(box[0] != null, "no county fills found");
        return box[0];
    }
}
