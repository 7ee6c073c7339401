package org.mountainsseas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.Fixtures;

/** A presentation step's spotlight and the camera requests a tour makes. */
class SpotlightTest {
    private AppState state;

    @BeforeEach
    void setUp() {
        state = new AppState(Language.EN);
        var data = Fixtures.tinyData();
        state.loadData(data, Map.of(), List.of());
    }

    @Test
    void aSpotlitPairingLightsBothEndsAndAnEnclaveItsHostAndBeneficiary() {
        state.spotlight(new Spotlight(Set.of("330105"), Set.of("PR02"), Set.of(), false));
        assertEquals(Set.of("330105", "330101", "330104"), state.highlighted());
        state.spotlight(new Spotlight(Set.of(), Set.of(), Set.of("E01"), false));
        assertEquals(Set.of("330103", "330101"), state.highlighted());
    }

    @Test
    void aSelectionOutshinesTheSpotlightAndClearingItBringsTheSpotlightBack() {
        state.spotlight(new Spotlight(Set.of("330105"), Set.of(), Set.of(), true));
        state.select("330103");
        assertEquals(Set.of("330103", "330101"), state.highlighted());
        state.clearSelection();
        assertEquals(Set.of("330105"), state.highlighted());
        state.reset();
        assertTrue(state.spotlight().isEmpty(), "reset ends any spotlight");
    }

    @Test
    void fittingSeveralCountiesSkipsUnknownOnesAndIgnoresAnAllUnknownList() {
        state.focusAll(List.of("330101", "339999", "330104"));
        CameraRequest r = state.cameraProperty().get();
        assertEquals(CameraRequest.Kind.COUNTIES, r.kind());
        assertEquals(List.of("330101", "330104"), r.adcodes());
        state.focusAll(List.of("339999"));
        assertEquals(r, state.cameraProperty().get(), "no request for nothing");
        state.lookAt(28.5, 120.1, 8);
        assertEquals(CameraRequest.Kind.POINT, state.cameraProperty().get().kind());
        assertNull(state.cameraProperty().get().adcode());
    }
}
