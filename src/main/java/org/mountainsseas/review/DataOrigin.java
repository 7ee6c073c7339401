package org.mountainsseas.review;

import java.util.List;

/**
 * Which data set is in use: the bundled one or a folder given with {@code --data DIR}
 * ({@code folder}, its name; null for the bundled data), with some files replaced by imports.
 */
public record DataOrigin(List<String> importedFiles, String folder) {
    public static final DataOrigin BUNDLED = new DataOrigin(List.of(), null);

    public DataOrigin {
        importedFiles = List.copyOf(importedFiles);
    }

    public DataOrigin(List<String> importedFiles) {
        this(importedFiles, null);
    }

    public boolean imported() {
        return !importedFiles.isEmpty();
    }
}
