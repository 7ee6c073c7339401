package org.mountainsseas.mode.kiosk;

import java.nio.file.Path;
import org.mountainsseas.io.UserDataDir;

/**
 * Where the kiosk keeps its config and logs: the app's user data folder ({@link UserDataDir}).
 */
public final class KioskFiles {
    private KioskFiles() {
    }

    /** The user data folder for this machine (the app's shared {@link UserDataDir}). */
    public static Path userDataFolder() {
        return UserDataDir.current();
    }

    /**
     * The config file to read: the system property {@value KioskConfig#FILE_PROPERTY} if set, else
     * {@code kiosk.properties} in the user data folder (which may not exist: then the defaults apply).
     * The working folder is not a config location: a file left there must not turn a desktop start
     * into a locked kiosk.
     */
    public static Path configFile() {
        String override = System.getProperty(KioskConfig.FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return userDataFolder().resolve(KioskConfig.FILE_NAME);
    }
}
