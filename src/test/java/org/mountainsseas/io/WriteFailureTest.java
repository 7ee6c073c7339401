package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class WriteFailureTest {

    @Test
    void namesTheReasonsAUserCanActOn() {
        assertEquals(WriteFailure.Reason.NO_PERMISSION, WriteFailure.of(new AccessDeniedException("/media/tour.mp4")));
        assertEquals(WriteFailure.Reason.DISK_FULL, WriteFailure.of(new IOException("No space left on device")));
        assertEquals(WriteFailure.Reason.DISK_FULL,
                WriteFailure.of(new FileSystemException("/tmp/a.mp4", null, "There is not enough space on the disk")));
        assertEquals(WriteFailure.Reason.NO_FOLDER, WriteFailure.of(new NoSuchFileException("/media/usb/tour.mp4")));
        assertEquals(WriteFailure.Reason.READ_ONLY, WriteFailure.of(new FileSystemException("/cdrom/x", null, "Read-only file system")));
        assertEquals(WriteFailure.Reason.OTHER, WriteFailure.of(new IOException("encoder broke")));
    }

    @Test
    void looksThroughWrappers() {
        Exception wrapped = new java.util.concurrent.ExecutionException(new UncheckedIOException(new IOException("No space left on device")));
        assertEquals(WriteFailure.Reason.DISK_FULL, WriteFailure.of(wrapped));
        assertEquals("No space left on device", WriteFailure.detail(new java.util.concurrent.ExecutionException(
                new IOException("No space left on device"))));
    }
}
