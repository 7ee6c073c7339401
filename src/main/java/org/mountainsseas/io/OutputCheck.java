package org.mountainsseas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file or folder the user named for output can be written, asked before any work is
 * done: a tour export should not render 24 steps to find that {@code /dev/full/x.pdf} is not a
 * place. Missing folders are fine when they can be made; the nearest folder that exists is tried
 * with a probe file (made and removed at once), since permissions alone do not tell (a read-only
 * disk, {@code /proc}, the superuser).
 */
public final class OutputCheck {
    /** The probe's name starts so; start-up clean-up knows it as the app's own. */
    public static final String PROBE_PREFIX = ".mountainsseas-probe-";

    private OutputCheck() {
    }

    /**
     * Null when {@code target} can be written, else one line naming the path and what to do.
     *
     * @param folder whether the target is a folder to write files into (else a file)
     */
    public static String problem(Path target, boolean folder) {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs)) {
            if (folder && !Files.isDirectory(abs)) {
                return abs + " is a file, not a folder: give a folder (a missing one is made)";
            }
            if (!folder && Files.isDirectory(abs)) {
                return abs + " is a folder: give a file name";
            }
            if (!folder && !Files.isRegularFile(abs)) {
                return abs + " is a device, pipe or socket, not an ordinary file: give a file name in a folder";
            }
        }
        Path dir = folder ? abs : abs.getParent();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "cannot write " + abs + ": no part of its folder exists; choose a folder that does";
        }
        if (!Files.isDirectory(existing)) {
            return "cannot write " + abs + ": " + existing + " is a file or device, not a folder; choose a folder";
        }
        try {
            Files.delete(Files.createTempFile(existing, PROBE_PREFIX, ".tmp"));
        } catch (IOException | SecurityException e) {
            return "cannot write " + abs + ": " + reason(existing, e);
        }
        return null;
    }

    /** Why writing in {@code dir} (null: the folder is not known) failed, with what to do, in one line. */
    public static String reason(Path dir, Throwable e) {
        String where = dir == null ? "there" : "in " + dir;
        return switch (WriteFailure.of(e)) {
            case NO_PERMISSION -> "no permission to write " + where + "; choose a folder you can write to";
            case READ_ONLY -> (dir == null ? "it" : dir) + " is on a read-only disk; choose another place";
            case DISK_FULL -> "the disk is full; free some space or choose another disk";
            case NO_FOLDER -> "a folder is missing (" + WriteFailure.detail(e) + "); choose another folder";
            case OTHER -> "the system says " + WriteFailure.detail(e) + "; choose another folder";
        };
    }
}
