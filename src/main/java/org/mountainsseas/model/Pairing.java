package org.mountainsseas.model;

/**
 * A mountain county and one of its developed partners. {@code partner} is null for a partner that
 * is not one of the 90 units (a functional zone, an abolished district); {@code partnerName} then
 * names it. {@code since} and {@code note} may be null.
 */
public record Pairing(String id, String mountain, String partner, Text partnerName, Dating since,
                      Status status, Text note, Provenance provenance) {

    /** Whether the pairing is known to be in force. */
    public enum Status { ACTIVE, UNCONFIRMED, HISTORICAL }

    public boolean onMap() {
        return partner != null;
    }
}
