package org.mountainsseas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mountainsseas.data.Cap;
import org.mountainsseas.data.InputFile;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.data.TourWriter;
import org.mountainsseas.model.Tour;

/**
 * The tours a teacher made, as files {@code NAME.json} in the {@value #FOLDER} folder of the user
 * data folder ({@link UserDataDir}). Saving is atomic ({@link AtomicWriter}). A file that does not
 * read as a tour (not JSON, not UTF-8, too big, or failing {@link TourReader}'s checks) is renamed
 * to {@code NAME.json.damaged-<UTC time>}, never deleted, and reported. Blocking: call off the FX thread.
 */
public final class OwnTours {
    /** The folder's name inside the user data folder. */
    public static final String FOLDER = "tours";
    /** What a tour's name (its file name without ".json") may be. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    /** The own tours under {@code userData} (the folder is made when the first tour is saved). */
    public OwnTours(Path userData) {
        this(userData.resolve(FOLDER), Clock.systemUTC());
    }

    OwnTours(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** One own tour that read well. */
    public record Own(String name, Path file, Tour tour) {
    }

    /**
     * An own-tour file that did not read. {@code keptAs} is where it was moved (null when it was left
     * in place: it could not be read at all, or not moved); {@code problem} says what is wrong, in the
     * reader's words.
     */
    public record Damaged(String fileName, Path keptAs, String problem) {
    }

    /** What {@link #list} found: the good tours by name, and the files that were not. */
    public record Listing(List<Own> tours, List<Damaged> damaged) {
        public Listing {
            tours = List.copyOf(tours);
            damaged = List.copyOf(damaged);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The file a tour called {@code name} lives in. */
    public Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a tour name: " + name);
        }
        return folder.resolve(name + ".json");
    }

    /** Reads every own tour; damaged files are moved aside and listed in {@link Listing#damaged()}. */
    public Listing list(TourReader reader) {
        List<Own> tours = new ArrayList<>();
        List<Damaged> damaged = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*.json")) {
            dir.forEach(files::add);
        } catch (NoSuchFileException e) {
            return new Listing(tours, damaged);
        } catch (IOException e) {
            damaged.add(new Damaged(folder.getFileName().toString(), null, "the folder could not be read (" + InputFile.reason(e) + ")"));
            return new Listing(tours, damaged);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".json".length());
            if (!NAME.matcher(name).matches()) {
                continue; // not one the app wrote (the editor names files itself): left alone
            }
            byte[] bytes;
            try {
                long size = InputFile.size(file);
                if (Cap.FILE_SIZE.exceededBy(size)) {
                    damaged.add(setAside(file, Cap.FILE_SIZE.message(size)));
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = InputFile.readCapped(in, fileName, Cap.FILE_SIZE);
                }
            } catch (LoadException e) {
                damaged.add(setAside(file, e.problem().message()));
                continue;
            } catch (IOException e) {
                // unreadable (permissions, a folder or pipe in its place): not damaged, so left where it is
                damaged.add(new Damaged(fileName, null, "could not be read (" + InputFile.reason(e) + ")"));
                continue;
            }
            try {
                tours.add(new Own(name, file, reader.read(fileName, bytes)));
            } catch (LoadException e) {
                damaged.add(setAside(file, e.getMessage()));
            }
        }
        return new Listing(tours, damaged);
    }

    /** Writes {@code tour} as {@code name}, atomically: a crash leaves the old file or the new one. */
    public Path save(String name, Tour tour) throws IOException {
        Path file = file(name);
        AtomicWriter.write(file, TourWriter.write(tour));
        return file;
    }

    /**
     * A name for a new tour from its title: its letters and digits in lower case, words joined by
     * "-", made unique among {@code taken}; "my-tour" when the title has none (a Chinese title).
     */
    public static String freeName(String title, Set<String> taken) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String base = slug.isEmpty() ? "my-tour" : slug;
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private Damaged setAside(Path file, String why) {
        String fileName = file.getFileName().toString();
        Path aside = file.resolveSibling(fileName + ".damaged-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            return new Damaged(fileName, aside, why);
        } catch (IOException e) {
            return new Damaged(fileName, null, why + "; it could not be moved aside (" + InputFile.reason(e) + ")");
        }
    }
}
