package org.mountainsseas.model;

/** A dated event in the history of the cooperation. */
public record TimelineEvent(String id, Dating date, Text event, Provenance provenance) {
}
