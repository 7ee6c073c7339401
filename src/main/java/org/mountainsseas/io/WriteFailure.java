package org.mountainsseas.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why writing a file failed, in words a user can act on: no permission, a full disk, a missing
 * folder, a read-only disk, or something else (then the system's own message is all there is).
 * Pure: the caller turns {@link Reason#key()} into text in the user's language.
 */
public final class WriteFailure {
    /** The kinds of failure a user can do something about; each has a message key. */
    public enum Reason {
        NO_PERMISSION("write.noPermission"),
        DISK_FULL("write.diskFull"),
        NO_FOLDER("write.noFolder"),
        READ_ONLY("write.readOnly"),
        OTHER("write.other");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The message key; its text takes the file as {0} and the system's message as {1}. */
        public String key() {
            return key;
        }
    }

    private WriteFailure() {
    }

    /** The reason behind {@code error} or any of its causes (an encoder may wrap the I/O error). */
    public static Reason of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Reason r = direct(t);
            if (r != Reason.OTHER) {
                return r;
            }
        }
        return Reason.OTHER;
    }

    private static Reason direct(Throwable t) {
        if (t instanceof AccessDeniedException) {
            return Reason.NO_PERMISSION;
        }
        if (t instanceof NoSuchFileException) {
            return Reason.NO_FOLDER;
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return Reason.READ_ONLY;
        }
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof FileSystemException && ((FileSystemException) t).getReason() != null) {
            m = ((FileSystemException) t).getReason().toLowerCase(Locale.ROOT);
        }
        // the operating system's words (Linux's strerror, Windows' and macOS's), as Java passes them on
        if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota") || m.contains("disk full")) {
            return Reason.DISK_FULL;
        }
        if (m.contains("permission denied") || m.contains("access is denied") || m.contains("operation not permitted")) {
            return Reason.NO_PERMISSION;
        }
        if (m.contains("read-only file system")) {
            return Reason.READ_ONLY;
        }
        return Reason.OTHER;
    }

    /** The system's own message for {@code error}, for the {1} of a message. */
    public static String detail(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
