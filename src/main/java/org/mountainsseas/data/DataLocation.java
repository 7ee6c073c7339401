package org.mountainsseas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where data files are read from: the bundled resources or a folder. */
public interface DataLocation {

    /** Opens a file by its name relative to the location (e.g. {@code data/pairings.json}). */
    InputStream open(String name) throws IOException;

    /** Size in bytes if known before reading, else -1. */
    default long size(String name) {
        return -1;
    }

    /** A short description for messages. */
    String describe();

    /** The folder's name for a title ({@code --data DIR}), or null for the bundled data. */
    default String folderName() {
        return null;
    }

    /** The data bundled in the application under {@code /assets/}. */
    static DataLocation bundled() {
        return new DataLocation() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = DataLocation.class.getResourceAsStream("/assets/" + name);
                if (in == null) {
                    throw new NoSuchFileException(name);
                }
                return in;
            }

            @Override
            public String describe() {
                return "bundled data";
            }
        };
    }

    /** Files under a folder laid out like {@code assets/}. */
    static DataLocation folder(Path root) {
        return new DataLocation() {
            @Override
            public InputStream open(String name) throws IOException {
                return InputFile.open(root.resolve(name));
            }

            @Override
            public long size(String name) {
                try {
                    return InputFile.size(root.resolve(name));
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }

            @Override
            public String folderName() {
                Path name = root.toAbsolutePath().normalize().getFileName();
                return name != null ? name.toString() : root.toAbsolutePath().toString();
            }
        };
    }
}
