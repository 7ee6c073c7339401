package org.mountainsseas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temporary files the app's own writes leave when the process is killed half-way
 * ({@link AtomicWriter}'s {@code .NAME.DIGITS.tmp} and {@code .NAME.BASE36.tmp}, and
 * {@link OutputCheck}'s probe): at start-up and on <i>Restore bundled data</i>, in the user data
 * folder and its imports. Only regular files named so and untouched for {@link #STALE} are removed
 * (another running copy of the app may be writing one now); nothing else is touched, links are not followed.
 */
public final class TempFiles {
    /** How long a temporary file must have been left alone to be called stale. */
    public static final Duration STALE = Duration.ofMinutes(10);
    private static final Pattern OURS = Pattern.compile("\\..+\\.[0-9a-z]{1,20}\\.tmp|"
            + Pattern.quote(OutputCheck.PROBE_PREFIX) + "\\d{1,20}\\.tmp");

    private TempFiles() {
    }

    /** Whether a file name is one of the app's temporary files. */
    public static boolean ours(String name) {
        return OURS.matcher(name).matches();
    }

    /**
     * Removes the stale temporary files in {@code root} and its folders down to {@code depth} levels
     * (1: the folder itself); returns what was removed. A missing folder is nothing to do.
     */
    public static List<Path> sweep(Path root, int depth, Instant now) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        try (Stream<Path> files = Files.walk(root, depth)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!ours(p.getFileName().toString())) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(now.minus(STALE))) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            // a folder that cannot be read keeps its files: clean-up never stops the app
            System.err.println("mountains-and-seas: could not clean up temporary files in " + root + ": " + e.getMessage());
        }
        return removed;
    }
}
