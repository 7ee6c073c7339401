package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rows of docs/bad-inputs.md that end in a test's name ({@code `NotAFileTest.aPipeInPlaceOfADataFile`})
 * each name a test that exists; the other rows belong to {@link BadInputCatalogueTest}.
 */
class BadInputsDocTest {
    private static final Pattern TEST = Pattern.compile("\\| `(\\w+Test)\\.(\\w+)` \\|\\s*$");
    private static final List<String> PACKAGES = List.of("app", "data", "io", "mode", "mode.kiosk", "mode.lecture", "model", "state", "map", "panel", "export", "review");

    static boolean namesATest(String line) {
        return TEST.matcher(line).find();
    }

    @Test
    void everyRowThatNamesATestNamesOneThatExists() throws IOException {
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("docs/bad-inputs.md"))) {
            Matcher m = TEST.matcher(line);
            if (!line.startsWith("| `") || !m.find()) {
                continue;
            }
            rows++;
            Method method = find(m.group(1), m.group(2));
            assertTrue(method.isAnnotationPresent(Test.class)
                    || method.isAnnotationPresent(org.junit.jupiter.params.ParameterizedTest.class),
                    () -> m.group(1) + "." + m.group(2) + " is not a test");
        }
        assertTrue(rows >= 10, "the doc's rows that name tests were found: " + rows);
    }

    private static Method find(String cls, String method) {
        for (String pkg : PACKAGES) {
            try {
                Class<?> c = Class.forName("org.mountainsseas." + pkg + "." + cls);
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(method)) {
                        return m;
                    }
                }
                fail(cls + " has no method " + method);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        fail("no test class " + cls);
        return null;
    }

    @Test
    void aRowWithoutATestIsNotMistakenForOne() {
        assertFalse(namesATest("| `empty-file` | county GeoJSON of zero bytes | the file is empty |"));
        assertTrue(namesATest("| `fifo` | a pipe | refused | `NotAFileTest.aPipeInPlaceOfADataFile` |"));
    }
}
