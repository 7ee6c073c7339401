package org.mountainsseas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.mountainsseas.data.DataLocation;

/** Test data: the tiny five-county province under src/test/resources/fixtures/tiny, and copies of it to break. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path tinyRoot() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/tiny").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DataLocation tiny() {
        return DataLocation.folder(tinyRoot());
    }

    /** The tiny province's data, read and checked, its five counties being 330101–330105. */
    public static org.mountainsseas.model.Dataset tinyData() {
        return new org.mountainsseas.data.DatasetReader(tiny(), java.util.Set.of("330101", "330102", "330103", "330104", "330105"))
                .read().value();
    }

    /** A writable copy of the tiny province in {@code dir}, to change one file in. */
    public static Path tinyCopy(Path dir) {
        Path root = tinyRoot();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Replaces the first occurrence of {@code from} with {@code to} in a file of a copy. */
    public static void edit(Path root, String file, String from, String to) {
        try {
            Path p = root.resolve(file);
            String s = Files.readString(p);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
