package org.mountainsseas.model;

import java.util.List;

/** A cooperation park, platform or investment. {@code enclaveId} names the enclave it is the same as, if any. */
public record Project(String id, Text name, Kind kind, String location, Text locationPlace, List<String> partners,
                      Dating year, List<Figure> figures, String enclaveId, Text note, Provenance provenance) {

    /** What sort of project. */
    public enum Kind { INDUSTRIAL_PARK, ECO_TOURISM_PARK, ENCLAVE_BUILDING, CONSUMPTION, INVESTMENT }

    public Project {
        partners = List.copyOf(partners);
        figures = List.copyOf(figures);
    }
}
