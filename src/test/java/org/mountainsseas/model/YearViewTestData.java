package org.mountainsseas.model;

import java.util.HashSet;
import java.util.Set;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;

/** The bundled data, read once for the model tests that check real facts. */
final class YearViewTestData {
    private static Dataset real;

    private YearViewTestData() {
    }

    static synchronized Dataset real() {
        if (real == null) {
            Set<String> adcodes = new HashSet<>();
            GeoJsonReader.readCounties(DataLocation.bundled()).value().forEach(b -> adcodes.add(b.id()));
            real = new DatasetReader(DataLocation.bundled(), adcodes).read().value();
        }
        return real;
    }
}
