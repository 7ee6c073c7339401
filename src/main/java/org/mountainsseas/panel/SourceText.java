package org.mountainsseas.panel;

import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Source;

/** How a source reads in one line, as a citation: publisher, «title», date; then where it was read, if elsewhere. */
final class SourceText {
    private SourceText() {
    }

    static String line(Source s, Language l) {
        StringBuilder line = new StringBuilder();
        if (s.publisher() != null && !s.title().contains(s.publisher())) {
            line.append(s.publisher()).append(l == Language.ZH ? "：" : ": ");
        }
        line.append(l == Language.ZH ? "《" : "“").append(s.title()).append(l == Language.ZH ? "》" : "”");
        if (s.date() != null) {
            line.append(" (").append(s.date()).append(')');
        }
        if (s.readAt() != null) {
            line.append(Messages.format(l, "source.readAt", s.readAt()));
        }
        return line.toString();
    }
}
