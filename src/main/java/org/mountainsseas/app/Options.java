package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.model.Adcode;
import org.mountainsseas.model.Language;

/**
 * The command line: {@code --snapshot FILE.png [--select ADCODE] [--lang zh|en] [--size WxH]},
 * {@code --data DIR} (read data from a folder laid out like {@code assets/}), {@code --year YYYY}
 * (start with the timeline at that year), {@code --figures} (start with the figures tab shown), {@code --figures-wide} (the figures at full width), and
 * the lecture mode: {@code --present [TOUR] [--theme projector|print] [--step N]} and
 * {@code --export-tour DIR|FILE.pdf|FILE.mp4 [--fps 25|30]}, and {@code --benchmark-startup} (print the milliseconds from
 * process start to the first frame with every map layer painted, then exit), and {@code --kiosk}
 * (kiosk mode, see {@code org.mountainsseas.mode.kiosk.KioskMode}). {@code year} is null when not given.
 * {@code --benchmark-counties FILE} uses the benchmark's China-wide stress layer as the counties.
 * {@code --check-data [DIR]} validates the data (bundled, or the folder {@code DIR}) and exits
 * without a window (see {@link DataCheck}); {@code DIR} is then {@code dataDir}.
 * The file exports run without a window and exit (see {@link Exports}).
 */
public record Options(Path snapshot, String select, Language language, int width, int height, boolean sizeGiven, Path dataDir,
                      Integer year, boolean figures, Presentation presentation, boolean benchmarkStartup,
                      boolean kiosk, Path benchmarkCounties, boolean checkData, Exports exports,
                      boolean figuresWide, boolean china, Compare compare) {

    /**
     * The year comparison at start: {@code --compare-years A,B} (each a four-digit year, or
     * {@code today}) and {@code --compare-mode split|swipe}. {@code shown} is false without them.
     */
    public record Compare(boolean shown, Integer yearA, Integer yearB, boolean swipe) {
        static final Compare NONE = new Compare(false, null, null, false);
    }

    /**
     * Exports made from the command line, without a window, after which the app exits:
     * {@code --export-gis DIR} (GeoJSON layers and a GeoPackage), {@code --export-map FILE.pdf|FILE.png}
     * and {@code --export-atlas FILE.pdf} (one dossier page per mountain county), with
     * {@code --paper A4|A3|A2[-portrait]} and {@code --dpi N} for the PNG. {@code --select},
     * {@code --year} and {@code --lang} apply as in the window.
     */
    public record Exports(Path gis, Path map, Path atlas, String paper, int dpi) {
        static final Exports NONE = new Exports(null, null, null, "A4", 200);

        public boolean any() {
            return gis != null || map != null || atlas != null;
        }
    }

    /**
     * The lecture options: {@code present} starts the tour ({@code tour} null for the bundled one),
     * {@code exportTour} renders every step to a folder of PNGs or a PDF, or the tour as an MP4 video
     * at {@code fps} frames a second (25 or 30), and exits.
     */
    public record Presentation(boolean present, String tour, LectureTheme theme, int step, Path exportTour, int fps) {
        static final Presentation NONE = new Presentation(false, null, LectureTheme.PROJECTOR, 1, null, 25);

        public boolean active() {
            return present || exportTour != null;
        }

        /** Whether the export is a video ({@code --export-tour FILE.mp4}). */
        public boolean videoExport() {
            return exportTour != null && exportTour.toString().toLowerCase(Locale.ROOT).endsWith(".mp4");
        }
    }

    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;

    /** A bad command line; the message is one line for the user. */
    public static final class BadArguments extends Exception {
        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message);
        }
    }

    /** A window for a person, not a snapshot, an export or a benchmark run: the only mode that uses saved settings. */
    public boolean interactive() {
        return snapshot == null && !benchmarkStartup && presentation.exportTour() == null && !exports.any();
    }

    public static Options parse(List<String> args) throws BadArguments {
        Path snapshot = null;
        String select = null;
        Language language = null;
        int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
        Path dataDir = null;
        boolean sizeGiven = false;
        Presentation lecture = Presentation.NONE;
        Integer year = null;
        boolean figures = false;
        boolean figuresWide = false;
        boolean benchmark = false;
        boolean kiosk = false;
        Path benchmarkCounties = null;
        java.util.Set<String> given = new java.util.HashSet<>();
        boolean checkData = false;
        Exports exports = Exports.NONE;
        boolean china = false;
        Compare compare = Compare.NONE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && !given.add(a)) {
                // the last one silently winning hid a mistake (two --snapshot files, two --year values)
                throw new BadArguments(a + " is given twice; give it once");
            }
            switch (a) {
                case "--present": case "--theme": case "--step": case "--export-tour": case "--fps":
                    boolean takesValue = !a.equals("--present") || i + 1 < args.size() && !args.get(i + 1).startsWith("--");
                    lecture = lecture(lecture, a, takesValue ? value(args, ++i, a) : null);
                    break;
                case "--snapshot":
                    String file = value(args, ++i, a);
                    if (!file.toLowerCase(Locale.ROOT).endsWith(".png")) {
                        throw new BadArguments("--snapshot needs a file name ending in .png, not " + file);
                    }
                    snapshot = path(file, a);
                    break;
                case "--select":
                    select = value(args, ++i, a);
                    if (!Adcode.isAdcode(select) && !select.matches("B\\d+")) {
                        throw new BadArguments("--select needs a 6-digit adcode such as 331181 (or, with --view china, an id such as B04), not " + select);
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
                case "--year":
                    String y = value(args, ++i, a);
                    if (!y.matches("\\d{4}")) {
                        throw new BadArguments("--year needs a four-digit year such as 2012, not " + y);
                    }
                    year = Integer.parseInt(y);
                    break;
                case "--figures":
                    figures = true;
                    break;
                case "--figures-wide":
                    figures = true;
                    figuresWide = true;
                    break;
                case "--data":
                    dataDir = path(value(args, ++i, a), a);
                    break;
                case "--benchmark-startup":
                    benchmark = true;
                    break;
                case "--kiosk":
                    kiosk = true;
                    break;
                case "--export-gis": case "--export-map": case "--export-atlas": case "--paper": case "--dpi":
                    exports = exports(exports, a, value(args, ++i, a));
                    break;
                case "--benchmark-counties":
                    benchmarkCounties = Path.of(value(args, ++i, a));
                    break;
                case "--view": {
                    String v = value(args, ++i, a);
                    if (!v.equals("china") && !v.equals("zhejiang")) {
                        throw new BadArguments("--view needs zhejiang or china, not " + v);
                    }
                    china = v.equals("china");
                    break;
                }
                case "--compare-years": {
                    String v = value(args, ++i, a);
                    String[] years = v.split(",", -1);
                    if (years.length != 2 || !year(years[0]) || !year(years[1])) {
                        throw new BadArguments("--compare-years needs two years such as 2012,2024 (or today), not " + v);
                    }
                    compare = new Compare(true, yearOrToday(years[0]), yearOrToday(years[1]), compare.swipe());
                    break;
                }
                case "--compare-mode": {
                    String v = value(args, ++i, a);
                    if (!v.equals("split") && !v.equals("swipe")) {
                        throw new BadArguments("--compare-mode needs split or swipe, not " + v);
                    }
                    compare = new Compare(compare.shown(), compare.yearA(), compare.yearB(), v.equals("swipe"));
                    break;
                }
                case "--check-data":
                    checkData = true;
                    if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        dataDir = path(args.get(++i), a);
                    }
                    break;
                default:
                    throw new BadArguments("unknown argument " + a
                            + " (use --snapshot FILE.png, --select ADCODE, --lang zh|en, --size WxH, --data DIR, --year YYYY, --figures, --figures-wide,"
                            + " --present [TOUR], --theme projector|print, --step N, --export-tour DIR|FILE.pdf|FILE.mp4, --fps 25|30, --benchmark-startup, --benchmark-counties FILE, --kiosk, --check-data [DIR],"
                            + " --export-gis DIR, --export-map FILE.pdf|FILE.png, --export-atlas FILE.pdf, --paper A4|A3|A2[-portrait], --dpi N, --view zhejiang|china, --compare-years A,B, --compare-mode split|swipe)");
            }
        }
        if ((lecture.step() != 1 || lecture.theme() != LectureTheme.PROJECTOR) && !lecture.active()) {
            throw new BadArguments("--theme and --step need --present or --export-tour");
        }
        if (lecture.fps() != 25 && !lecture.videoExport()) {
            throw new BadArguments("--fps needs --export-tour FILE.mp4");
        }
        if (lecture.videoExport() && (width % 2 != 0 || height % 2 != 0)) {
            throw new BadArguments("a video needs an even width and height, not " + width + "x" + height);
        }
        if ((!exports.paper().equals(Exports.NONE.paper()) || exports.dpi() != Exports.NONE.dpi()) && exports.map() == null && exports.atlas() == null) {
            throw new BadArguments("--paper and --dpi need --export-map or --export-atlas");
        }
        if (compare.swipe() && !compare.shown()) {
            throw new BadArguments("--compare-mode needs --compare-years");
        }
        if (compare.shown() && kiosk) {
            throw new BadArguments("--compare-years is for officials, not a kiosk");
        }
        return new Options(snapshot, select, language, width, height, sizeGiven, dataDir, year, figures, lecture, benchmark, kiosk,
                benchmarkCounties, checkData, exports, figuresWide, china, compare);
    }

    private static boolean year(String s) {
        return s.matches("\\d{4}") || s.equals("today");
    }

    private static Integer yearOrToday(String s) {
        return s.equals("today") ? null : Integer.valueOf(s);
    }

    /** A path, or a clean refusal for text the file system cannot name (a NUL character, say). */
    private static Path path(String text, String flag) throws BadArguments {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadArguments(flag + " needs a file name this system accepts, not " + text);
        }
    }

    private static Exports exports(Exports e, String flag, String value) throws BadArguments {
        switch (flag) {
            case "--export-gis":
                return new Exports(path(value, flag), e.map(), e.atlas(), e.paper(), e.dpi());
            case "--export-map":
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(".pdf") && !lower.endsWith(".png")) {
                    throw new BadArguments("--export-map needs a file name ending in .pdf or .png, not " + value);
                }
                return new Exports(e.gis(), path(value, flag), e.atlas(), e.paper(), e.dpi());
            case "--export-atlas":
                if (!value.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                    throw new BadArguments("--export-atlas needs a file name ending in .pdf, not " + value);
                }
                return new Exports(e.gis(), e.map(), path(value, flag), e.paper(), e.dpi());
            case "--paper":
                if (!value.toUpperCase(Locale.ROOT).matches("A[234](-(PORTRAIT|LANDSCAPE))?")) {
                    throw new BadArguments("--paper must be A4, A3 or A2, optionally with -portrait, not " + value);
                }
                return new Exports(e.gis(), e.map(), e.atlas(), value.toUpperCase(Locale.ROOT), e.dpi());
            default:
                if (!value.matches("\\d{2,4}") || Integer.parseInt(value) < 72 || Integer.parseInt(value) > 1200) {
                    throw new BadArguments("--dpi needs a number from 72 to 1200, not " + value);
                }
                return new Exports(e.gis(), e.map(), e.atlas(), e.paper(), Integer.parseInt(value));
        }
    }

    private static Presentation lecture(Presentation p, String flag, String value) throws BadArguments {
        switch (flag) {
            case "--present":
                return new Presentation(true, value, p.theme(), p.step(), p.exportTour(), p.fps());
            case "--theme":
                LectureTheme theme = LectureTheme.parse(value);
                if (theme == null) {
                    throw new BadArguments("--theme must be projector or print, not " + value);
                }
                return new Presentation(p.present(), p.tour(), theme, p.step(), p.exportTour(), p.fps());
            case "--step":
                if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 1) {
                    throw new BadArguments("--step needs a step number from 1, not " + value);
                }
                return new Presentation(p.present(), p.tour(), p.theme(), Integer.parseInt(value), p.exportTour(), p.fps());
            case "--fps":
                if (!value.equals("25") && !value.equals("30")) {
                    throw new BadArguments("--fps must be 25 or 30, not " + value);
                }
                return new Presentation(p.present(), p.tour(), p.theme(), p.step(), p.exportTour(), Integer.parseInt(value));
            default:
                return new Presentation(p.present(), p.tour(), p.theme(), p.step(), path(value, flag), p.fps());
        }
    }

    private static String value(List<String> args, int i, String flag) throws BadArguments {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new BadArguments(flag + " needs a value");
        }
        return args.get(i);
    }
}
