package org.mountainsseas.model;

/**
 * A cited document, as a citation reads: its publisher, its original title and its date first;
 * {@code readAt} says where the copy that was read lives when that is not the publisher's own page
 * (a repost, a mirror, a translation). {@code publisher}, {@code date}, {@code url}, {@code readAt}
 * and {@code note} may be null.
 */
public record Source(String id, String title, String publisher, String date, String url, String readAt, Text note) {

    /** A source read at its publisher's own page. */
    public Source(String id, String title, String publisher, String date, String url, Text note) {
        this(id, title, publisher, date, url, null, note);
    }
}
