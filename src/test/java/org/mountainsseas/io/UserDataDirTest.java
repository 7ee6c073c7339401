package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataDirTest {

    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertEquals(Path.of("/data/me/mountains-and-seas"),
                UserDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"));
    }

    @Test
    void linuxFallsBackToLocalShareForAMissingOrRelativeXdgDataHome() {
        assertEquals(Path.of("/home/me/.local/share/mountains-and-seas"), UserDataDir.resolve(null, "Linux", Map.of(), "/home/me"));
        assertEquals(Path.of("/home/me/.local/share/mountains-and-seas"),
                UserDataDir.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/me/AppData/Roaming", "MountainsAndSeas"),
                UserDataDir.resolve(null, "Windows 11", Map.of("APPDATA", "C:/Users/me/AppData/Roaming"), "C:/Users/me"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/me/Library/Application Support/MountainsAndSeas"),
                UserDataDir.resolve(null, "Mac OS X", Map.of(), "/Users/me"));
    }

    @Test
    void theSystemPropertyOverridesEverything() {
        assertEquals(Path.of("/tmp/x"), UserDataDir.resolve("/tmp/x", "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/me"));
    }
}
