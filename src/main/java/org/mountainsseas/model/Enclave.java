package org.mountainsseas.model;

import java.util.List;

/**
 * An enclave: land or a building in a host county whose income goes to a beneficiary.
 * {@code host} and {@code beneficiary} are adcodes or null when not one of the 90 units.
 */
public record Enclave(String id, Text name, EnclaveType type, Text typeNote, String host, Text hostPlace,
                      String beneficiary, Text beneficiaryName, Dating opened, List<Figure> figures,
                      Text note, Provenance provenance) {
    public Enclave {
        figures = List.copyOf(figures);
    }
}
