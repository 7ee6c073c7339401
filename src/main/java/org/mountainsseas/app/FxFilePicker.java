package org.mountainsseas.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file and folder choosers behind {@link FilePicker}. */
final class FxFilePicker implements FilePicker {
    @Override
    public Optional<Choice> save(Window owner, String title, String initialName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        int i = fc.getExtensionFilters().indexOf(fc.getSelectedExtensionFilter());
        return Optional.of(new Choice(f.toPath(), types.get(Math.max(i, 0))));
    }

    @Override
    public Optional<Path> open(Window owner, String title, List<FileType> types) {
        File f = chooser(title, types).showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), "*" + t.extension()));
        }
        return fc;
    }
}
