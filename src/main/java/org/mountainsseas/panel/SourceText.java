package org.mountainsseas.panel;

import org.mountainsseas.model.Language;
import org.mountainsseas.model.Source;

/** How a source reads in one line: title — publisher (date). */
final class SourceText {
    private SourceText() {
    }

    static String line(Source s, Language l) {
        StringBuilder line = new StringBuilder(s.title());
        if (s.publisher() != null && !s.title().contains(s.publisher())) {
            line.append(" — ").append(s.publisher());
        }
        if (s.date() != null) {
            line.append(" (").append(s.date()).append(')');
        }
        return line.toString();
    }
}
