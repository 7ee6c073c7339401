package org.mountainsseas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash, a full disk or a power cut leaves either the old file or the new
 * one, never half of either: the bytes go to a temporary file in the same folder, are forced to the
 * disk, and the temporary file is then renamed over the target in one atomic step. If any step
 * fails the temporary file is removed and the previous file is untouched.
 *
 * <pre>{@code AtomicWriter.write(dir.resolve("settings.json"), json.getBytes(UTF_8));}</pre>
 */
public final class AtomicWriter {
    /** The two file-system steps that can fail half-way; tests replace them to simulate a crash. */
    public interface Steps {
        /** Writes all bytes to {@code file} and forces them to the storage device. */
        void writeAndSync(Path file, byte[] bytes) throws IOException;

        /** Renames {@code from} over {@code to}, atomically where the file system allows. */
        void rename(Path from, Path to) throws IOException;
    }

    /** The real steps: FileChannel write + force, then an atomic move. */
    public static final Steps REAL = new Steps() {
        @Override
        public void writeAndSync(Path file, byte[] bytes) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    private AtomicWriter() {
    }

    /** Atomically replaces (or creates) {@code target} with {@code bytes}, creating its folder if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, REAL);
    }

    /** Atomically replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), REAL);
    }

    /** As {@link #write(Path, byte[])}, with the given steps. */
    public static void write(Path target, byte[] bytes, Steps steps) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = newTemp(dir, absolute);
        boolean done = false;
        try {
            steps.writeAndSync(temp, bytes);
            steps.rename(temp, absolute);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        syncFolder(dir);
    }

    /**
     * Opens a temporary file beside {@code target} (creating the folder) for a writer that fills it
     * in several steps, such as a video encoder. {@link Staged#commit()} forces it to disk and
     * renames it over the target; closing without a commit deletes it, so a cancelled or failed
     * write leaves no partial file and any previous target untouched.
     */
    public static Staged stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        return new Staged(absolute, newTemp(dir, absolute));
    }

    /**
     * A new, empty ".NAME.RANDOM.tmp" beside the target. Not createTempFile, which makes the file
     * readable by its owner only: a written document gets the permissions of any new file the user
     * makes (the umask's), so an exported PDF or workbook can be shared.
     */
    private static Path newTemp(Path dir, Path target) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            }
        }
    }

    /** A temporary file that becomes the target on {@link #commit()}, or is deleted on {@link #close()}. */
    public static final class Staged implements java.io.Closeable {
        private final Path target;
        private final Path temp;
        private boolean committed;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** The file to write. */
        public Path temp() {
            return temp;
        }

        /** Forces the written file to the disk and renames it over the target. Call after the writer closed it. */
        public void commit() throws IOException {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            REAL.rename(temp, target);
            committed = true;
            syncFolder(target.getParent());
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
