package org.mountainsseas.model;

/**
 * Which national programme a piece of Zhejiang's work beyond the province belongs to. East–West
 * cooperation (东西部协作) and counterpart support (对口支援) are different programmes with
 * different partners; {@link #UNSTATED} when the source names none.
 */
public enum Programme {
    /** 东西部协作: paired eastern and western provinces, e.g. Zhejiang with Sichuan. */
    EAST_WEST,
    /** 对口支援: aid to Xinjiang, Tibet and Qinghai. */
    COUNTERPART_SUPPORT,
    /** The source names no programme. */
    UNSTATED
}
