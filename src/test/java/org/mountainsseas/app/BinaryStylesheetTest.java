package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet ships precompiled ({@code app.bss}, made by the build from
 * {@code app.css}; JavaFX loads it instead of parsing the text), and it says what the text says.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetHasEveryRuleOfTheText() throws Exception {
        URL css = MainWindow.class.getResource("/org/mountainsseas/app/app.css");
        URL bss = MainWindow.class.getResource("/org/mountainsseas/app/app.bss");
        assertNotNull(bss, "app.bss is missing: the build's binary-css step did not run");
        List<String> text = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertEquals(text.size(), binary.size(), "rule count");
        assertEquals(text, binary, "app.bss is stale: rebuild (mvn process-classes)");
    }

    private static List<String> rules(Stylesheet s) {
        // a binary rule reads its declarations on first use (its toString does not show them)
        return s.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule r) {
        StringBuilder b = new StringBuilder(r.getSelectors().toString()).append(" {");
        for (Declaration d : r.getDeclarations()) {
            b.append(' ').append(d.getProperty()).append(": ").append(d.getParsedValue()).append(d.isImportant() ? " !important;" : ";");
        }
        return b.append(" }").toString();
    }
}
