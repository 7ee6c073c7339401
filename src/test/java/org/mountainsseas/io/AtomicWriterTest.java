package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesANewFileAndCreatesItsFolder(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a/b/settings.json");
        AtomicWriter.writeString(f, "hello");
        assertEquals("hello", Files.readString(f));
        assertEquals(List.of(f), listing(f.getParent()), "no temporary file is left behind");
    }

    @Test
    void replacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        AtomicWriter.writeString(f, "old");
        AtomicWriter.writeString(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), listing(dir));
    }

    @Test
    void aRenameThatFailsLeavesThePreviousFileIntactAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        AtomicWriter.writeString(f, "previous");
        AtomicWriter.Steps crashAtRename = new AtomicWriter.Steps() {
            @Override
            public void writeAndSync(Path file, byte[] bytes) throws IOException {
                AtomicWriter.REAL.writeAndSync(file, bytes);
            }

            @Override
            public void rename(Path from, Path to) throws IOException {
                throw new IOException("simulated crash before the rename");
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> AtomicWriter.write(f, "next".getBytes(StandardCharsets.UTF_8), crashAtRename));
        assertEquals("simulated crash before the rename", e.getMessage());
        assertEquals("previous", Files.readString(f));
        assertEquals(List.of(f), listing(dir));
    }

    @Test
    void aWriteKilledHalfWayLeavesThePreviousFileIntact(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("tour.json");
        byte[] previous = "{\"steps\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8);
        AtomicWriter.write(f, previous);
        AtomicWriter.Steps diskFullHalfWay = new AtomicWriter.Steps() {
            @Override
            public void writeAndSync(Path file, byte[] bytes) throws IOException {
                // half the bytes reach the temporary file, then the disk is full
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("No space left on device");
            }

            @Override
            public void rename(Path from, Path to) {
                throw new AssertionError("must not rename after a failed write");
            }
        };
        assertThrows(IOException.class, () -> AtomicWriter.write(f, new byte[10_000], diskFullHalfWay));
        assertArrayEquals(previous, Files.readAllBytes(f));
        assertEquals(List.of(f), listing(dir));
    }

    @Test
    void aRuntimeFailureMidWriteAlsoKeepsThePreviousFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        AtomicWriter.writeString(f, "previous");
        AtomicWriter.Steps crash = new AtomicWriter.Steps() {
            @Override
            public void writeAndSync(Path file, byte[] bytes) {
                throw new IllegalStateException("killed");
            }

            @Override
            public void rename(Path from, Path to) {
                throw new AssertionError("unreachable");
            }
        };
        assertThrows(IllegalStateException.class, () -> AtomicWriter.write(f, new byte[3], crash));
        assertEquals("previous", Files.readString(f));
        assertFalse(listing(dir).stream().anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void aWrittenFileHasThePermissionsOfAnyNewFileNotOwnerOnly(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("map.pdf");
        AtomicWriter.write(written, new byte[] {1, 2, 3});
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written),
                "an exported document can be shared like any file the user makes");
    }
}
