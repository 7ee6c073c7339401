package org.mountainsseas.review;

import java.util.List;

/** Which data set is in use: the bundled one, or the bundled one with some files replaced by imports. */
public record DataOrigin(List<String> importedFiles) {
    public static final DataOrigin BUNDLED = new DataOrigin(List.of());

    public DataOrigin {
        importedFiles = List.copyOf(importedFiles);
    }

    public boolean imported() {
        return !importedFiles.isEmpty();
    }
}
