package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Text;

/** The map's county labels: short real names, and a name at the data's cap cut as the side panel cuts it. */
class MapLabelTextTest {
    private static County county(String zh, String en) {
        return new County("331181", Text.of(zh, en), Text.of("丽水市", "Lishui"), "331100");
    }

    @Test
    void realNamesLoseOnlyTheirSuffix() {
        County jingning = county("景宁畲族自治县", "Jingning She Autonomous County");
        assertEquals("景宁", LabelPainter.label(jingning, Language.ZH));
        assertEquals("Jingning", LabelPainter.label(jingning, Language.EN));
    }

    @Test
    void aNameAtTheCapIsCut() {
        String en = "Longquan".repeat(13).substring(0, 100);
        String zh = "龙泉".repeat(50);
        County c = county(zh, en);
        for (Language lang : Language.values()) {
            String shown = LabelPainter.label(c, lang);
            assertTrue(shown.endsWith("…"), shown);
            assertTrue(shown.codePointCount(0, shown.length()) <= ShownText.NAME, shown);
        }
    }
}
