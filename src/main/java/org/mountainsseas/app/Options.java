package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.model.Language;

/**
 * The command line: {@code --snapshot FILE.png [--select ADCODE] [--lang zh|en] [--size WxH]}
 * and {@code --data DIR} (read data from a folder laid out like {@code assets/}), {@code --kiosk}
 * (kiosk mode, see {@code org.mountainsseas.mode.KioskMode}).
 */
public record Options(Path snapshot, String select, Language language, int width, int height, boolean sizeGiven, Path dataDir,
                      boolean kiosk) {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;

    /** A bad command line; the message is one line for the user. */
    public static final class BadArguments extends Exception {
        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message);
        }
    }

    public static Options parse(List<String> args) throws BadArguments {
        Path snapshot = null;
        String select = null;
        Language language = null;
        int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
        Path dataDir = null;
        boolean sizeGiven = false;
        boolean kiosk = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--snapshot":
                    String file = value(args, ++i, a);
                    if (!file.toLowerCase(Locale.ROOT).endsWith(".png")) {
                        throw new BadArguments("--snapshot needs a file name ending in .png, not " + file);
                    }
                    snapshot = Path.of(file);
                    break;
                case "--select":
                    select = value(args, ++i, a);
                    if (!select.matches("\\d{6}")) {
                        throw new BadArguments("--select needs a 6-digit adcode such as 331181, not " + select);
                    }
                    break;
                case "--lang":
                    String code = value(args, ++i, a);
                    language = Language.parse(code);
                    if (language == null) {
                        throw new BadArguments("--lang must be zh or en, not " + code);
                    }
                    break;
                case "--size":
                    String size = value(args, ++i, a);
                    sizeGiven = true;
                    String[] parts = size.toLowerCase(Locale.ROOT).split("x");
                    try {
                        if (parts.length != 2) {
                            throw new NumberFormatException();
                        }
                        width = Integer.parseInt(parts[0]);
                        height = Integer.parseInt(parts[1]);
                    } catch (NumberFormatException e) {
                        throw new BadArguments("--size must look like 1920x1080, not " + size);
                    }
                    if (width < 320 || height < 240 || width > 8192 || height > 8192) {
                        throw new BadArguments("--size must be between 320x240 and 8192x8192, not " + size);
                    }
                    break;
                case "--data":
                    dataDir = Path.of(value(args, ++i, a));
                    break;
                case "--kiosk":
                    kiosk = true;
                    break;
                default:
                    throw new BadArguments("unknown argument " + a
                            + " (use --snapshot FILE.png, --select ADCODE, --lang zh|en, --size WxH, --data DIR, --kiosk)");
            }
        }
        return new Options(snapshot, select, language, width, height, sizeGiven, dataDir, kiosk);
    }

    private static String value(List<String> args, int i, String flag) throws BadArguments {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadArguments(flag + " needs a value");
        }
        return args.get(i);
    }
}
