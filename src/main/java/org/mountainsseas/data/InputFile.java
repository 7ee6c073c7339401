package org.mountainsseas.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.mountainsseas.model.LoadProblem;

/**
 * The one way in for every file the app reads from disk: data, boundaries, tours, settings, kiosk
 * configuration and imports. Only regular files are opened (a named pipe, a device such as
 * {@code /dev/zero}, a socket or a folder is refused by its attributes, never opened, so no read can
 * hang or run without end); the size cap is checked before reading (from the file's size) and while
 * reading (if the file grows); text is strict UTF-8 (a leading byte-order mark is skipped).
 */
public final class InputFile {
    private InputFile() {
    }

    /** A path that is not a regular file; the message says what it is and that it was not read. */
    public static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFile(String message) {
            super(message);
        }
    }

    /**
     * Opens a regular file for reading. A symbolic link is followed, and what it points to must be a
     * regular file too.
     *
     * @throws NoSuchFileException when nothing is there
     * @throws NotAFile            when a folder, pipe, device or socket is there (it is not opened)
     */
    public static InputStream open(Path path) throws IOException {
        requireRegular(path);
        return Files.newInputStream(path);
    }

    /** The size of a regular file; the same refusals as {@link #open}. */
    public static long size(Path path) throws IOException {
        return requireRegular(path).size();
    }

    private static BasicFileAttributes requireRegular(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        if (a.isRegularFile()) {
            return a;
        }
        String what = a.isDirectory() ? "a folder" : a.isOther() ? "a pipe, device or socket" : "not a regular file";
        throw new NotAFile(path.getFileName() + " is " + what + ", not an ordinary file, so it was not read");
    }

    /**
     * Reads a whole file within {@code cap}; every failure is a {@link LoadException} for
     * {@code name}: "the file is missing", "… is a folder …", "over the file size cap …".
     */
    public static byte[] read(Path path, String name, Cap cap) throws LoadException {
        try {
            cap.check(name, null, null, size(path));
            try (InputStream in = Files.newInputStream(path)) {
                return readCapped(in, name, cap);
            }
        } catch (NoSuchFileException e) {
            throw fail(name, "the file is missing");
        } catch (NotAFile e) {
            throw fail(name, e.getMessage());
        } catch (IOException e) {
            throw fail(name, "the file could not be read (" + reason(e) + ")");
        }
    }

    /** As {@link #read(Path, String, Cap)} with the standard {@link Cap#FILE_SIZE}. */
    public static byte[] read(Path path, String name) throws LoadException {
        return read(path, name, Cap.FILE_SIZE);
    }

    /** Reads a stream to its end, refusing as soon as it gives more than {@code cap} bytes. */
    public static byte[] readCapped(InputStream in, String name, Cap cap) throws IOException, LoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (cap.exceededBy(total)) {
                // the stream gave more than the size said (or no size was known): stop reading here
                throw cap.refuse(name, null, null, -1);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Strict UTF-8 text (a leading byte-order mark is skipped); other encodings are refused. */
    public static String utf8(String name, byte[] bytes) throws LoadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw fail(name, "the file is not UTF-8 text (saved as GBK or another encoding? save it as UTF-8)");
        }
    }

    /** What went wrong, in the system's words, or the kind of failure when it gave none. */
    public static String reason(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static LoadException fail(String file, String message) {
        return new LoadException(new LoadProblem(file, null, null, message));
    }
}
