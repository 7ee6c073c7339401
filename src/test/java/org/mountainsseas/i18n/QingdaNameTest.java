package org.mountainsseas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mountainsseas.testing.Misspellings;

/**
 * The line is named after its two end towns, 清凉峰镇 and 大渔镇: 清大线. Its homophone with 青
 * ("green", {@link Misspellings#QINGDA_LINE}) slipped into texts before; no shipped file may carry it.
 */
class QingdaNameTest {
    private static final String WRONG = Misspellings.QINGDA_LINE;

    @Test
    void noResourceOrAssetMisspellsTheQingdaLine() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("assets"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(QingdaNameTest::isText).toList()) {
                    files++;
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (text.contains(WRONG)) {
                        found.add(p.toString());
                    }
                }
            }
        }
        assertTrue(files > 10, "the scan reached the resources and assets (" + files + " files)");
        assertEquals(List.of(), found, "write 清大线 (清凉峰镇 to 大渔镇), not " + WRONG);
    }

    @Test
    void theChineseTextsUseTheRightName() {
        assertTrue(Messages.get(org.mountainsseas.model.Language.ZH, "legend.qingda").equals("\u6E05\u5927\u7EBF"));
    }

    private static boolean isText(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".properties") || name.endsWith(".json") || name.endsWith(".css") || name.endsWith(".txt")
                || name.endsWith(".md") || name.endsWith(".html");
    }
}
