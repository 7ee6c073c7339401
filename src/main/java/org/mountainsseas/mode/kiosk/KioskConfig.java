package org.mountainsseas.mode.kiosk;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.mountainsseas.data.Cap;
import org.mountainsseas.data.InputFile;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.model.Language;

/**
 * Kiosk settings from {@code kiosk.properties}. Pure: no JavaFX. A missing file gives the
 * defaults; a bad value falls back to its default and adds a warning naming the key, the value
 * and what is allowed, so one typo never stops a kiosk from starting.
 *
 * @param kiosk            start in kiosk mode ({@code kiosk}, default false)
 * @param pin              the admin PIN ({@code admin.pin}, 4–12 ASCII digits; no default: null when missing or invalid,
 *                         and then {@link #pinProblem()} says why and the kiosk refuses to start)
 * @param idleSeconds      seconds without input before the "still looking?" prompt ({@code idle.seconds}, 90)
 * @param countdownSeconds how long that prompt waits before resetting ({@code countdown.seconds}, 10)
 * @param attractStepSeconds how long each stop of the attract loop lasts ({@code attract.step.seconds}, 7)
 * @param holdSeconds      how long the admin corner must be held ({@code admin.hold.seconds}, 5)
 * @param language         the language a reset returns to ({@code language}, zh or en; null = system locale)
 * @param stallSeconds     an FX thread silent this long is logged as stalled ({@code watchdog.stall.seconds}, 5)
 * @param restartSeconds   a stall this long makes the process exit for its supervisor to restart ({@code watchdog.restart.seconds}, 60)
 * @param logKilobytes     total size of the rotating logs ({@code log.total.kb}, 5120)
 * @param reducedMotion    start and reset with motion paused ({@code motion}, {@code full} or {@code reduced}; full):
 *                         for visitors who are troubled by moving images, as the operating system's reduced-motion
 *                         setting would say if JavaFX 21 exposed it
 */
public record KioskConfig(boolean kiosk, String pin, double idleSeconds, double countdownSeconds,
                          double attractStepSeconds, double holdSeconds, Language language,
                          double stallSeconds, double restartSeconds, int logKilobytes, boolean reducedMotion,
                          List<String> warnings) {
    /** The system property that names the config file (for tests and unusual installs). */
    public static final String FILE_PROPERTY = "mountainsseas.kiosk.config";
    public static final String FILE_NAME = "kiosk.properties";
    /** A kiosk configuration is a few lines: anything near this size is not one. */
    static final Cap SIZE = new Cap("kiosk configuration size", 1024 * 1024, "bytes");
    private static final Set<String> KEYS = Set.of("kiosk", "admin.pin", "idle.seconds", "countdown.seconds",
            "attract.step.seconds", "admin.hold.seconds", "language", "watchdog.stall.seconds",
            "watchdog.restart.seconds", "log.total.kb", "motion");

    public KioskConfig {
        warnings = List.copyOf(warnings);
    }

    public static KioskConfig defaults() {
        return parse(new Properties());
    }

    /**
     * Why the kiosk must not start with these settings, naming the key to fix, or null when the PIN is
     * set. The PIN itself is never repeated (it may be nearly right).
     */
    public String pinProblem() {
        return pin != null ? null
                : "admin.pin in " + FILE_NAME + " is missing or is not 4 to 12 digits 0-9: set your own PIN there;"
                + " the kiosk does not start without one";
    }

    /** The same settings with kiosk mode switched on (the {@code --kiosk} flag). */
    public KioskConfig withKiosk() {
        return new KioskConfig(true, pin, idleSeconds, countdownSeconds, attractStepSeconds, holdSeconds, language,
                stallSeconds, restartSeconds, logKilobytes, reducedMotion, warnings);
    }

    /** Reads a file; a missing file gives the defaults, an unreadable one the defaults and a warning. */
    public static KioskConfig read(Path file) {
        Properties p = new Properties();
        if (file == null || !Files.exists(file)) {
            return parse(p);
        }
        try {
            // through the one way in: a pipe or /dev/zero in its place is refused, not read
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            p.load(new StringReader(InputFile.utf8(name, InputFile.read(file, name, SIZE))));
        } catch (LoadException | IOException | IllegalArgumentException e) {
            KioskConfig d = parse(new Properties());
            List<String> w = new ArrayList<>(d.warnings());
            String why = e instanceof LoadException l ? l.problem().message() : InputFile.reason(e);
            w.add(file + ": could not be read (" + why + "); using the defaults");
            return new KioskConfig(d.kiosk, d.pin, d.idleSeconds, d.countdownSeconds, d.attractStepSeconds, d.holdSeconds,
                    d.language, d.stallSeconds, d.restartSeconds, d.logKilobytes, d.reducedMotion, w);
        }
        return parse(p);
    }

    /** Parses properties, collecting a warning for each unknown key or bad value. */
    public static KioskConfig parse(Properties p) {
        List<String> w = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                w.add("unknown key '" + key + "' ignored (known keys: " + new TreeSet<>(KEYS) + ")");
            }
        }
        boolean kiosk = bool(p, "kiosk", false, w);
        String pin = p.getProperty("admin.pin");
        pin = pin == null ? null : pin.trim();
        // fails closed: no default PIN, so a typo never turns into a PIN printed in the documentation
        if (pin != null && !pin.matches("[0-9]{4,12}")) {
            pin = null;
        }
        Language language = null;
        String lang = p.getProperty("language");
        if (lang != null && !lang.isBlank()) {
            language = Language.parse(lang.trim());
            if (language == null) {
                w.add("language must be zh or en, not '" + lang.trim() + "'; using the system language");
            }
        }
        return new KioskConfig(kiosk, pin,
                number(p, "idle.seconds", 90, 1, 86_400, w),
                number(p, "countdown.seconds", 10, 1, 600, w),
                number(p, "attract.step.seconds", 7, 0.5, 600, w),
                number(p, "admin.hold.seconds", 5, 0.2, 60, w),
                language,
                number(p, "watchdog.stall.seconds", 5, 0.2, 600, w),
                number(p, "watchdog.restart.seconds", 60, 1, 86_400, w),
                (int) number(p, "log.total.kb", 5120, 64, 1_048_576, w), reducedMotion(p, w), w);
    }

    private static boolean reducedMotion(Properties p, List<String> w) {
        String v = p.getProperty("motion");
        if (v == null || v.isBlank()) {
            return false;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "full": return false;
            case "reduced": return true;
            default:
                w.add("motion must be full or reduced, not '" + v.trim() + "'; using full");
                return false;
        }
    }

    private static boolean bool(Properties p, String key, boolean def, List<String> w) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1": return true;
            case "false": case "no": case "off": case "0": return false;
            default:
                w.add(key + " must be true or false, not '" + v.trim() + "'; using " + def);
                return def;
        }
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,6})?");

    private static double number(Properties p, String key, double def, double min, double max, List<String> w) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        if (v.trim().length() > 20) {
            w.add(key + ": number too long (" + v.trim().length() + " characters); using " + fmt(def));
            return def;
        }
        // plain decimals only: Double.parseDouble also takes "0x1p3", "90d", "1e3", "NaN" and "Infinity"
        if (PLAIN_NUMBER.matcher(v.trim()).matches()) {
            double d = Double.parseDouble(v.trim());
            if (d >= min && d <= max) {
                return d;
            }
        }
        w.add(key + " must be a number from " + fmt(min) + " to " + fmt(max) + ", not '" + v.trim() + "'; using " + fmt(def));
        return def;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
