package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.testing.Fixtures;

class AttractStepTest {
    private final Dataset tiny = WorldLoader.load(Fixtures.tiny()).dataset();

    @Test
    void theTourOpensOnTheQingdaLineThenVisitsEachMountainCountyOnce() {
        List<AttractStep> tour = AttractStep.tour(tiny);
        assertTrue(tour.get(0).isQingdaLine());
        assertTrue(tour.get(0).captionZh().contains("清大线") && tour.get(0).captionEn().contains("Qingda Line"));
        AttractStep first = tour.get(1);
        assertEquals("330101", first.mountain());
        assertTrue(first.partners().contains("330103"), first.partners().toString());
        assertEquals(tour.size(), tour.stream().map(AttractStep::mountain).distinct().count(), "one stop per mountain county");
    }

    @Test
    void captionsNameBothSidesInBothLanguages() {
        AttractStep first = AttractStep.tour(tiny).get(1);
        assertTrue(first.captionEn().startsWith("Shanjia County ⇄ "), first.captionEn());
        assertTrue(first.captionEn().contains("Haibing District"), first.captionEn());
        assertTrue(first.captionZh().contains("海丙区"), first.captionZh());
    }

    @Test
    void kioskSizesGrowWithTheScreensDensityButNeverShrinkBelowTheMinimum() {
        assertEquals(44, KioskStyle.targetPx(96));
        assertEquals(44, KioskStyle.targetPx(40), "a large, coarse screen still gets 44 px");
        assertEquals(71, KioskStyle.targetPx(200), "9 mm at 200 dpi");
        assertEquals(20, KioskStyle.bodyPx(96));
        assertTrue(KioskStyle.bodyPx(220) > 20);
        String css = KioskStyle.css(96);
        assertTrue(css.contains("-fx-min-height: 44px") && !css.contains("@"), "every placeholder is filled");
    }
}
