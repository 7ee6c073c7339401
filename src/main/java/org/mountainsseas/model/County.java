package org.mountainsseas.model;

/** One of Zhejiang's 90 county-level units (county, county-level city or district). */
public record County(String adcode, Text name, Text city, String cityAdcode) {
}
