package org.mountainsseas.io;

import java.io.IOException;
import java.nio.file.Path;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;

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
     * Why a {@link #save} failed, as a problem to show the user: the technical line for logs, and for
     * people, in both languages, what is lost and what to do.
     */
    public LoadProblem saveFailure(IOException e) {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        // a file-system exception's message is often only the path: its kind says what went wrong
        String detail = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        return new LoadProblem(name, null, null, "could not be saved in " + folder + ": " + detail,
                Text.of(Messages.format(Language.ZH, "userfile.notSaved", name, folder.toString(), detail),
                        Messages.format(Language.EN, "userfile.notSaved", name, folder.toString(), detail)));
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
