package org.mountainsseas.export;

import org.mountainsseas.model.Source;

/** How a source is cited in exported files: publisher first, then the title and the date. Pure. */
final class Citation {
    private Citation() {
    }

    /** "Publisher, Title (date)", leaving out the parts the record lacks. */
    static String of(Source s) {
        StringBuilder out = new StringBuilder();
        if (s.publisher() != null && !s.publisher().isBlank()) {
            out.append(s.publisher().strip()).append(", ");
        }
        out.append(s.title() == null || s.title().isBlank() ? s.id() : s.title().strip());
        if (s.date() != null && !s.date().isBlank()) {
            out.append(" (").append(s.date().strip()).append(')');
        }
        return out.toString();
    }

    /** A short form for a sources line: "Publisher (date)", or the title cut to 40 characters when there is no publisher. */
    static String brief(Source s) {
        String who = s.publisher() != null && !s.publisher().isBlank() ? s.publisher().strip()
                : s.title() == null || s.title().isBlank() ? s.id()
                : s.title().strip().length() > 40 ? s.title().strip().substring(0, 39) + "…" : s.title().strip();
        return s.date() == null || s.date().isBlank() ? who : who + " (" + s.date().strip() + ")";
    }
}
