package org.mountainsseas.model;

import java.util.List;
import java.util.Objects;

/** Where a fact comes from and how sure we are of it. {@code confidenceNote} may be null. */
public record Provenance(List<String> sourceIds, Confidence confidence, Text confidenceNote) {
    public Provenance {
        sourceIds = List.copyOf(sourceIds);
        Objects.requireNonNull(confidence, "confidence");
    }
}
