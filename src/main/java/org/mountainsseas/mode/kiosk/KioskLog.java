package org.mountainsseas.mode.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The kiosk's log: {@code logs/kiosk-0.log … kiosk-4.log} in the user data folder, rotating so
 * that the five files together never exceed the configured total size. Messages also still go to
 * the console.
 */
public final class KioskLog {
    static final int FILES = 5;
    private static final String ROOT = "org.mountainsseas";

    private KioskLog() {
    }

    /**
     * Adds a rotating file handler to the app's loggers; returns it (to close on exit), or null if
     * the folder cannot be written, which is reported on the console and does not stop the kiosk.
     */
    public static Handler install(Path folder, int totalKilobytes) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(folder);
            int limit = Math.max(16 * 1024, totalKilobytes * 1024 / FILES);
            FileHandler handler = new FileHandler(folder.resolve("kiosk-%g.log").toString(), limit, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            Logger.getLogger(ROOT).addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            System.err.println("mountains-and-seas: cannot write logs to " + folder + ": " + e.getMessage());
            return null;
        }
    }
}
