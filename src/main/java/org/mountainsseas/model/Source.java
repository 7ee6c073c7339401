package org.mountainsseas.model;

/** A cited document. {@code publisher}, {@code url} and {@code note} may be null. */
public record Source(String id, String title, String publisher, String date, String url, Text note) {
}
