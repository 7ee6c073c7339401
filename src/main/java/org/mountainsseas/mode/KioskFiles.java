package org.mountainsseas.mode;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the kiosk keeps its config and logs: the user data folder — Linux
 * {@code $XDG_DATA_HOME/mountains-and-seas} (default {@code ~/.local/share/mountains-and-seas}),
 * Windows {@code %APPDATA%\MountainsAndSeas}, macOS {@code ~/Library/Application Support/MountainsAndSeas}.
 * Pure functions of the OS name, environment and home folder, so tests need no real home.
 */
public final class KioskFiles {
    private KioskFiles() {
    }

    /** The user data folder for this machine. */
    public static Path userDataFolder() {
        return userDataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    static Path userDataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("MountainsAndSeas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MountainsAndSeas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("mountains-and-seas");
    }

    /**
     * The config file to read: the system property {@value KioskConfig#FILE_PROPERTY} if set, else
     * {@code kiosk.properties} in the working folder (beside the app) if it exists, else the one in
     * the user data folder (which may not exist: then the defaults apply).
     */
    public static Path configFile() {
        String override = System.getProperty(KioskConfig.FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path beside = Path.of(KioskConfig.FILE_NAME).toAbsolutePath();
        return java.nio.file.Files.exists(beside) ? beside : userDataFolder().resolve(KioskConfig.FILE_NAME);
    }
}
