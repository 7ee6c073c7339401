package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.testing.NotFiles;

/** The one way in: only regular files are opened; pipes, devices and folders are refused unopened. */
class InputFileTest {
    private static final Duration QUICK = Duration.ofSeconds(10);

    private static String refusal(Path p) {
        LoadException e = assertThrows(LoadException.class, () -> InputFile.read(p, p.getFileName().toString()));
        return e.problem().message();
    }

    @Test
    void aRegularFileIsReadWhole(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("a.json"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, InputFile.read(f, "a.json"));
    }

    @Test
    void aNamedPipeIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = NotFiles.fifo(dir.resolve("pairings.json"));
        String m = assertTimeoutPreemptively(QUICK, () -> refusal(fifo), "opening a pipe would wait for a writer for ever");
        assertTrue(m.contains("is a pipe, device or socket, not an ordinary file, so it was not read"), m);
        assertThrows(InputFile.NotAFile.class, () -> assertTimeoutPreemptively(QUICK, () -> InputFile.open(fifo)));
    }

    @Test
    void devZeroIsRefusedBeforeItFillsMemory() {
        String m = assertTimeoutPreemptively(QUICK, () -> refusal(NotFiles.DEV_ZERO));
        assertTrue(m.contains("zero is a pipe, device or socket"), m);
    }

    @Test
    void aLinkToADeviceIsRefusedToo(@TempDir Path dir) throws Exception {
        Path link = NotFiles.linkToZero(dir.resolve("settings.json"));
        String m = assertTimeoutPreemptively(QUICK, () -> refusal(link));
        assertTrue(m.contains("settings.json is a pipe, device or socket"), m);
    }

    @Test
    void aFolderIsRefusedAsAFolder(@TempDir Path dir) throws Exception {
        Path folder = NotFiles.folder(dir.resolve("tour.json"));
        assertTrue(refusal(folder).contains("tour.json is a folder, not an ordinary file"));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        assertTrue(refusal(dir.resolve("nothing.json")).contains("the file is missing"));
    }

    @Test
    void theCapIsCheckedBeforeReading(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("big.properties"), new byte[2048]);
        LoadException e = assertThrows(LoadException.class,
                () -> InputFile.read(f, "big.properties", new Cap("test size", 1024, "bytes")));
        assertTrue(e.problem().message().contains("over the test size cap"), e.problem().message());
    }

    @Test
    void textIsStrictUtf8(@TempDir Path dir) {
        LoadException e = assertThrows(LoadException.class, () -> InputFile.utf8("x", new byte[] {(byte) 0xc4, (byte) 0xe3}));
        assertTrue(e.problem().message().contains("not UTF-8"));
    }
}
