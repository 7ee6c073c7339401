package org.mountainsseas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.io.InputStream;
import org.mountainsseas.data.Cap;
import org.mountainsseas.data.InputFile;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;

/**
 * Reads a file the user's work lives in, never losing it: a missing file gives the defaults; a file
 * that cannot be parsed is renamed to {@code NAME.corrupt-<UTC timestamp>} (kept for inspection,
 * never deleted) and the defaults are used with a warning to show the user, in both languages.
 *
 * <pre>{@code
 * SafeReader.Outcome<Settings> o = SafeReader.read(file, Settings::parse, Settings::defaults);
 * if (o.warning() != null) problems.add(o.warning());
 * }</pre>
 */
public final class SafeReader {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Turns the file's bytes into a value, or throws a {@link LoadException} saying what is wrong. */
    public interface Parser<T> {
        T parse(byte[] bytes) throws LoadException;
    }

    /**
     * What was read.
     *
     * @param value      the parsed value, or the defaults
     * @param warning    why the defaults were used, or null when the file was fine or absent
     * @param keptAside  where the damaged file now is, or null
     * @param writable   false when a damaged file could not be set aside, so writing would destroy it
     */
    public record Outcome<T>(T value, LoadProblem warning, Path keptAside, boolean writable) {
    }

    private SafeReader() {
    }

    public static <T> Outcome<T> read(Path file, Parser<T> parser, Supplier<T> defaults) {
        return read(file, parser, defaults, Clock.systemUTC());
    }

    /** As {@link #read(Path, Parser, Supplier)}, with the clock that stamps a set-aside file. */
    public static <T> Outcome<T> read(Path file, Parser<T> parser, Supplier<T> defaults, Clock clock) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = InputFile.size(file);
            if (Cap.FILE_SIZE.exceededBy(size)) {
                return setAside(file, Cap.FILE_SIZE.message(size), defaults, clock);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = InputFile.readCapped(in, name, Cap.FILE_SIZE);
            }
        } catch (LoadException e) {
            // it grew past the cap while being read: damaged
            return setAside(file, e.problem().message(), defaults, clock);
        } catch (NoSuchFileException e) {
            return new Outcome<>(defaults.get(), null, null, true);
        } catch (IOException e) {
            // a pipe or device in its place is refused by InputFile without being opened, and left alone
            // unreadable (permissions, a folder in its place): not damaged, so leave it where it is and do not overwrite it
            return new Outcome<>(defaults.get(), new LoadProblem(name, null, null,
                    "could not be read (" + e.getMessage() + "); defaults are used",
                    forPeople("userfile.unreadable", name, e.getMessage())), null, false);
        }
        try {
            return new Outcome<>(parser.parse(bytes), null, null, true);
        } catch (LoadException e) {
            return setAside(file, e.problem().message(), defaults, clock);
        } catch (RuntimeException e) {
            return setAside(file, "could not be read: " + e, defaults, clock);
        }
    }

    private static <T> Outcome<T> setAside(Path file, String why, Supplier<T> defaults, Clock clock) {
        String name = file.getFileName().toString();
        Path aside = file.resolveSibling(name + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return new Outcome<>(defaults.get(), new LoadProblem(name, null, null, why
                    + "; defaults are used and the file is left as it is (it could not be set aside: " + e.getMessage() + ")",
                    forPeople("userfile.damaged.leftInPlace", name, why, e.getMessage())), null, false);
        }
        return new Outcome<>(defaults.get(), new LoadProblem(name, null, null, why
                + "; defaults are used and the damaged file is kept as " + aside.getFileName(),
                forPeople("userfile.damaged.keptAside", name, why, aside.getFileName().toString())), aside, true);
    }

    // the warning as the user reads it, in both languages (the technical detail stays as the system gave it)
    private static Text forPeople(String key, Object... args) {
        return Text.of(Messages.format(Language.ZH, key, args), Messages.format(Language.EN, key, args));
    }
}
