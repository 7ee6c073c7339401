package org.mountainsseas.io;

import java.io.IOException;
import java.nio.file.Path;
import org.mountainsseas.model.LoadProblem;

/**
 * The settings file in the user data folder: {@link #load()} once at start, {@link #save} whenever
 * something worth remembering changes. Never throws for a bad file: see {@link SafeReader}.
 */
public final class SettingsStore {
    private final Path file;
    private boolean writable = true;
    private LoadProblem warning;

    public SettingsStore(Path folder) {
        this.file = folder.resolve(Settings.FILE);
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults (see {@link #warning()} for why, when the file was damaged). */
    public Settings load() {
        SafeReader.Outcome<Settings> o = SafeReader.read(file, Settings::parse, Settings::defaults);
        writable = o.writable();
        warning = o.warning();
        return o.value();
    }

    /** Why the last {@link #load()} fell back to defaults, or null. */
    public LoadProblem warning() {
        return warning;
    }

    /**
     * Writes the settings atomically. Does nothing when {@link #load()} found a damaged file it
     * could not set aside, so that file is never overwritten.
     */
    public void save(Settings settings) throws IOException {
        if (writable) {
            AtomicWriter.write(file, settings.toJson());
        }
    }
}
