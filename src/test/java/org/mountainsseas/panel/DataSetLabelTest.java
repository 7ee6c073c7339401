package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.DataOrigin;
import org.mountainsseas.state.AppState;

/** The title bar says which data are shown; a data set without a date says so instead of "null". */
class DataSetLabelTest {

    private static AppState state(Language l, String date, DataOrigin origin) {
        AppState s = new AppState(l);
        s.loadData(Dataset.builder().dataDate(date).build(), Map.of(), List.of());
        s.review().setOrigin(origin);
        return s;
    }

    @Test
    void aDataSetWithoutADateSaysDateUnknownInBothLanguages() {
        assertEquals("Bundled data · date unknown", TopBar.dataSetLabel(state(Language.EN, null, DataOrigin.BUNDLED)));
        assertEquals("内置数据 · 日期不详", TopBar.dataSetLabel(state(Language.ZH, null, DataOrigin.BUNDLED)));
        assertEquals("Bundled data · 2025-06", TopBar.dataSetLabel(state(Language.EN, "2025-06", DataOrigin.BUNDLED)));
    }

    @Test
    void aDataFolderIsNamedAsSuch() {
        DataOrigin folder = new DataOrigin(List.of(), "mydata");
        assertEquals("Data from folder mydata · date unknown", TopBar.dataSetLabel(state(Language.EN, null, folder)));
        assertEquals("文件夹 mydata 的数据 · 日期不详", TopBar.dataSetLabel(state(Language.ZH, null, folder)));
        assertEquals("Imported data (pairings.json) · 2024-01",
                TopBar.dataSetLabel(state(Language.EN, "2024-01", new DataOrigin(List.of("pairings.json"), "mydata"))));
    }
}
