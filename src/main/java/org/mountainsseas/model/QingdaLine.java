package org.mountainsseas.model;

import java.util.List;

/** The Qingda Line from Qingliangfeng Town to Dayu Town; both endpoint coordinates are approximate. */
public record QingdaLine(Text name, Text definition, List<Endpoint> endpoints, Provenance provenance) {

    /** An end of the line, with why its coordinate is uncertain. */
    public record Endpoint(Text name, Text place, String townCode, double lat, double lon,
                           Text coordinateNote, Provenance provenance) {
    }

    public QingdaLine {
        endpoints = List.copyOf(endpoints);
    }

    public Endpoint start() {
        return endpoints.get(0);
    }

    public Endpoint end() {
        return endpoints.get(1);
    }
}
