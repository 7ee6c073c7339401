package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Where the review tools ask the user for a file. The application uses {@link FxFilePicker} (the
 * platform's file choosers); tests pass their own, since choosers cannot open headless.
 */
interface FilePicker {
    /** A kind of file offered in a chooser, e.g. "CSV (UTF-8)" with extension ".csv". */
    record FileType(String description, String extension) {
    }

    /** The file the user chose and the kind chosen with it. */
    record Choice(Path file, FileType type) {
    }

    /** Asks where to save; {@code types} in the order offered, the first preselected. Empty if cancelled. */
    Optional<Choice> save(Window owner, String title, String initialName, List<FileType> types);

    /** Asks for a file to open. Empty if cancelled. */
    Optional<Path> open(Window owner, String title, List<FileType> types);

    /** Asks for a folder. Empty if cancelled. */
    Optional<Path> folder(Window owner, String title);
}
