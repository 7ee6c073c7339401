package org.mountainsseas.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for which text may be opened as a link: an absolute {@code http} or {@code https}
 * URI with a host, as {@link URI} parses it, with no user name in it and of a sane length. Anything
 * else ({@code httpfoo:/bin/sh}, {@code http/../../etc/passwd}, {@code file:}, {@code javascript:},
 * a relative path) is shown as plain text and never handed to the desktop, whose handler might run
 * it as a program. The import check refuses such a source URL with the same rule.
 */
public final class WebLink {
    /** Longest URL accepted; browsers and servers accept about this many characters. */
    public static final int MAX_LENGTH = 2000;

    private WebLink() {
    }

    /** The URI to open, or empty when {@code text} is not a web link by the rule above. */
    public static Optional<URI> parse(String text) {
        return problem(text) == null ? Optional.of(URI.create(text)) : Optional.empty();
    }

    /** Whether {@code text} may be opened as a link. */
    public static boolean isWebLink(String text) {
        return problem(text) == null;
    }

    /** Why {@code text} is not a web link, for a message ("is not an absolute http or https address"), or null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "is empty";
        }
        if (text.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return "is not a web address (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            return "is not an absolute http or https address";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host name";
        }
        if (uri.getRawUserInfo() != null) {
            return "has a user name before the host, which hides where it leads";
        }
        return null;
    }
}
