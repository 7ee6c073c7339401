package org.mountainsseas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.Fixtures;

class AppStateTest {
    private AppState state;

    @BeforeEach
    void setUp() {
        state = new AppState(Language.ZH);
        var data = Fixtures.tinyData();
        state.loadData(data, Map.of(), List.of(new LoadProblem("f", "i", "x", "m")));
    }

    @Test
    void selectingACountyHighlightsItAndItsPartners() {
        state.select("330101");
        assertEquals("330101", state.selected());
        assertEquals(Set.of("330101", "330103", "330104"), state.highlighted());
        state.select("330103");
        assertEquals(Set.of("330103", "330101"), state.highlighted(), "a partner highlights the mountain county it supports");
    }

    @Test
    void aSettingsProblemJoinsTheListOnceAndStaysWhenOtherDataAreLoaded() {
        LoadProblem notSaved = new LoadProblem("settings.json", null, null, "could not be saved");
        state.reportProblem(notSaved);
        state.reportProblem(new LoadProblem("settings.json", null, null, "could not be saved"));
        assertEquals(List.of(new LoadProblem("f", "i", "x", "m"), notSaved), state.problems());
        state.loadData(state.dataset(), Map.of(), List.of());
        assertEquals(List.of(notSaved), state.problems(), "the settings' problem is still there after new data are loaded");
    }

    @Test
    void selectingAnUnknownAdcodeClearsTheSelection() {
        state.select("330101");
        state.select("999999");
        assertNull(state.selected());
        assertTrue(state.highlighted().isEmpty());
    }

    @Test
    void selectingSeveralCountiesHighlightsAllOfThemAndTheirPartners() {
        state.selectAll(List.of("330105", "330101", "999999"), "330101");
        assertEquals(Set.of("330105", "330101"), state.selection(), "unknown adcodes are skipped");
        assertEquals("330101", state.selected(), "the primary county gives the details");
        assertEquals(Set.of("330105", "330101", "330103", "330104"), state.highlighted());
        state.selectAll(List.of("330105", "330103"), "330101");
        assertEquals("330105", state.selected(), "a primary not among them falls back to the first");
        state.select("330103");
        assertEquals(Set.of("330103"), state.selection(), "a single selection replaces the set");
        state.selectAll(List.of("999999"), null);
        assertNull(state.selected());
        assertTrue(state.selection().isEmpty() && state.highlighted().isEmpty());
        state.selectAll(List.of("330101", "330105"), "330105");
        state.clearSelection();
        assertTrue(state.selection().isEmpty());
    }

    @Test
    void toggleSelectDeselectsTheSameCounty() {
        state.toggleSelect("330105");
        assertEquals("330105", state.selected());
        state.toggleSelect("330105");
        assertNull(state.selected());
    }

    @Test
    void languageSwitchesAndTranslationsFollow() {
        var title = state.tr("app.title");
        assertEquals("山海协作", title.get());
        state.toggleLanguage();
        assertEquals(Language.EN, state.language());
        assertEquals("Mountains & Seas", title.get());
    }

    @Test
    void resetReturnsToTheDefaults() {
        state.select("330101");
        state.setLanguage(Language.EN);
        state.hover("330102");
        var before = state.cameraProperty().get();
        state.reset();
        assertNull(state.selected());
        assertNull(state.hovered());
        assertEquals(Language.ZH, state.language());
        assertEquals(CameraRequest.Kind.HOME, state.cameraProperty().get().kind());
        assertNotEquals(before, state.cameraProperty().get());
    }

    @Test
    void everyCameraRequestIsNew() {
        state.goHome();
        var first = state.cameraProperty().get();
        state.goHome();
        assertNotEquals(first, state.cameraProperty().get());
        state.focus("nope");
        assertEquals(CameraRequest.Kind.HOME, state.cameraProperty().get().kind(), "an unknown county is ignored");
    }

    @Test
    void loadingDataRecordsProblemsAndClearsTheSelection() {
        state.select("330101");
        assertEquals(1, state.problems().size());
        state.loadData(state.dataset(), Map.of(), List.of());
        assertNull(state.selected());
        assertTrue(state.problems().isEmpty());
    }

    @Test
    void theYearIsUnsetUntilChosenAndClampedToTheDataRange() {
        assertNull(state.year());
        assertNull(state.yearView(), "no year: everything as today");
        state.setYear(2010);
        assertEquals(2010, state.year());
        assertEquals(2010, state.yearView().year());
        state.setYear(1900);
        assertEquals(2002, state.year(), "the tiny data start in 2002");
        state.setYear(3000);
        assertEquals(2026, state.year(), "and end with their data date");
        state.clearYear();
        assertNull(state.yearView());
    }

    @Test
    void steppingTheYearStartsFromTheNearEndAndStopsAtTheEdges() {
        state.stepYear(1);
        assertEquals(2002, state.year(), "from all years, forward starts at the first year");
        state.stepYear(-1);
        assertEquals(2002, state.year());
        state.clearYear();
        state.stepYear(-1);
        assertEquals(2026, state.year(), "from all years, back starts at the last year");
        state.stepYear(1);
        assertEquals(2026, state.year());
    }

    @Test
    void theYearViewFollowsTheYearAndResetClearsIt() {
        state.setYear(2001);
        state.setYear(2024);
        assertEquals(org.mountainsseas.model.YearView.Listing.LEFT, state.yearView().listing("330102"));
        state.reset();
        assertNull(state.year());
    }

    @Test
    void aLectureGivesBackTheModeItStartedFromAndResetKeepsTheMode() {
        assertEquals(AppMode.EXPLORER, state.mode());
        state.startLecture();
        assertEquals(AppMode.LECTURE, state.mode());
        assertTrue(state.modeIs(AppMode.LECTURE).get());
        state.endLecture();
        assertEquals(AppMode.EXPLORER, state.mode());
        state.enterKiosk();
        state.startLecture();
        state.endLecture();
        assertEquals(AppMode.KIOSK, state.mode(), "a lecture shown on a kiosk ends in the kiosk");
        state.reset();
        assertEquals(AppMode.KIOSK, state.mode(), "the kiosk's idle reset does not end the kiosk");
        state.leaveKiosk();
        assertEquals(AppMode.EXPLORER, state.mode());
        assertEquals("lecture", AppMode.LECTURE.pseudoClass());
        assertNull(AppMode.EXPLORER.pseudoClass());
    }
}
