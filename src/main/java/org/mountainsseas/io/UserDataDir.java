package org.mountainsseas.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where the app keeps what the user made (settings, later imports and tours):
 * Linux {@code $XDG_DATA_HOME/mountains-and-seas} or {@code ~/.local/share/mountains-and-seas};
 * Windows {@code %APPDATA%\MountainsAndSeas}; macOS {@code ~/Library/Application Support/MountainsAndSeas}.
 * The system property {@value #PROPERTY} overrides it (tests, portable installs).
 */
public final class UserDataDir {
    /** System property naming the folder to use instead. */
    public static final String PROPERTY = "mountainsseas.dataDir";

    private UserDataDir() {
    }

    /** The folder for this process (not created). */
    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /** The folder for the given override, operating-system name, environment and home folder. */
    public static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("MountainsAndSeas");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "MountainsAndSeas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("mountains-and-seas");
    }
}
