package org.mountainsseas.mode.lecture;

import java.util.Locale;
import org.mountainsseas.map.MapStyle;

/** A look for presenting: a stylesheet for the captions and chrome plus the map's {@link MapStyle}. */
public enum LectureTheme {
    /** Dark, high contrast, large type, for a projector in a hall. */
    PROJECTOR("/org/mountainsseas/mode/lecture/lecture-projector.css"),
    /** Light, for paper, PDF hand-outs and light slide decks. */
    PRINT("/org/mountainsseas/mode/lecture/lecture-print.css");

    private final String stylesheet;

    LectureTheme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public String stylesheet() {
        return LectureTheme.class.getResource(stylesheet).toExternalForm();
    }

    public MapStyle mapStyle() {
        return this == PROJECTOR ? MapStyle.projector() : MapStyle.print();
    }

    public LectureTheme other() {
        return this == PROJECTOR ? PRINT : PROJECTOR;
    }

    /** Parses "projector" or "print"; null for anything else. */
    public static LectureTheme parse(String s) {
        for (LectureTheme t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(s)) {
                return t;
            }
        }
        return null;
    }
}
