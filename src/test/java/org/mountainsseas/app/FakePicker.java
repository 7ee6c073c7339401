package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** A {@link FilePicker} for headless tests: answers with the file set beforehand, as if the user chose it. */
final class FakePicker implements FilePicker {
    Path saveTo;
    /** Which of the offered kinds the "user" picks in a save dialog (e.g. 1 = PDF A3 for the map). */
    int typeIndex;
    Path openFile;
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Choice> save(Window owner, String title, String initialName, List<FileType> types) {
        asked.add("save " + initialName);
        return Optional.ofNullable(saveTo).map(p -> new Choice(p, types.get(typeIndex)));
    }

    @Override
    public Optional<Path> open(Window owner, String title, List<FileType> types) {
        asked.add("open");
        return Optional.ofNullable(openFile);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        asked.add("folder");
        return Optional.ofNullable(saveTo);
    }
}
