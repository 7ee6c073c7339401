package org.mountainsseas.model;

import java.util.List;

/** The Qingda Line from Qingliangfeng Town to Dayu Town; both endpoint coordinates are approximate. */
public record QingdaLine(Text name, Text definition, List<Endpoint> endpoints, Provenance provenance) {

    /**
     * Shortest distance between the endpoints, in km. The line is drawn, and each county's side of it
     * worked out, from the straight line through them: two endpoints at (nearly) one place give no line.
     * The real endpoints are some 350 km apart.
     */
    public static final double MIN_LENGTH_KM = 1;

    /** An end of the line, with why its coordinate is uncertain. */
    public record Endpoint(Text name, Text place, String townCode, double lat, double lon,
                           Text coordinateNote, Provenance provenance) {

        /** Great-circle distance to another endpoint, in km. */
        public double kmTo(Endpoint o) {
            double p1 = Math.toRadians(lat), p2 = Math.toRadians(o.lat);
            double dp = p2 - p1, dl = Math.toRadians(o.lon - lon);
            double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
        }
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
