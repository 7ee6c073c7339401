package org.mountainsseas.review;

import java.util.List;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;

/**
 * A row of the pairing table: a pairing with its enclaves, or — with {@code pairing} null — a
 * mountain county for which no partner was found, so the gap shows as a row of its own.
 */
public record PairingRow(String mountain, Pairing pairing, List<Enclave> enclaves) {
    public PairingRow {
        enclaves = List.copyOf(enclaves);
    }

    /** The pairing's id, or {@code gap-<adcode>} for a county without a known partner. */
    public String key() {
        return pairing != null ? pairing.id() : "gap-" + mountain;
    }

    public boolean partnerUnknown() {
        return pairing == null;
    }

    /** Whether the row involves the county on either side. */
    public boolean involves(String adcode) {
        return mountain.equals(adcode) || pairing != null && adcode.equals(pairing.partner());
    }
}
