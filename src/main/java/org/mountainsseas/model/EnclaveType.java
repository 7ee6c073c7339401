package org.mountainsseas.model;

/** The kinds of enclave (飞地) in provincial policy, plus consumption platforms. */
public enum EnclaveType {
    INDUSTRIAL, SCI_TECH, COMMON_PROSPERITY, CONSUMPTION
}
