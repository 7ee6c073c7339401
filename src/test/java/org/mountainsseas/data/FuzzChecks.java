package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.mountainsseas.model.LoadProblem;

/** What every fuzz test asks of a refusal: a problem a person can read. */
public final class FuzzChecks {
    /** A qualified exception class name, as {@code Throwable.toString()} prints it. */
    private static final java.util.regex.Pattern RAW_EXCEPTION =
            java.util.regex.Pattern.compile("\\b(java|javax|com|org)\\.[\\w.]*(Exception|Error)\\b");

    private FuzzChecks() {
    }

    public static void clean(LoadException e) {
        clean(e.problem());
    }

    public static void clean(LoadProblem p) {
        assertNotNull(p.file());
        assertNotNull(p.message());
        assertFalse(p.message().isBlank());
        assertFalse(RAW_EXCEPTION.matcher(p.message()).find(), () -> "a raw exception reached the user: " + p.describe());
        assertTrue(p.describe().length() < 2_000, () -> "a message is too long to read: " + p.describe().length());
    }

    public static void clean(List<LoadProblem> problems) {
        problems.forEach(FuzzChecks::clean);
    }
}
