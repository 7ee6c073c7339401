package org.mountainsseas.bench;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Watches what is on the virtual screen, for start-up times as a person would see them: Xvfb,
 * started with {@code -fbdir DIR} ({@code tools/bench.sh}), keeps its screen in the file
 * {@code DIR/Xvfb_screen0} (XWD format), which is read here, memory-mapped, every
 * {@value #POLL_MS} ms while the app starts.
 * <p>
 * The app's own mark (the pulse after the map painted) comes before the frame is on the screen:
 * the renderer draws it on its own thread, and cold that took another 0.5–0.9 s here. The screen
 * is what counts: the first frame is the first poll that shows both the map (at least 90 % of the
 * run's largest count of pixels in its sea and county fills: the first paint draws every county
 * at once) and white title text on the title bar's green (a new window is blank white before its
 * first frame).
 */
final class ScreenWatch implements AutoCloseable {
    static final int POLL_MS = 5;
    private static final int STEP = 8;
    /** The standard theme's sea, mountain-county, partner and other-county fills (MapStyle). */
    private static final int[] MAP_COLOURS = {0xcfe2ec, 0x86b97a, 0x86b3dc, 0xf4efe2};
    private final MappedByteBuffer screen;
    private final int pixels;
    private final int width;
    private final int height;
    private final int stride;
    private final Thread poller;
    private volatile boolean stop;
    private int mostMapPixels;
    private final java.util.List<long[]> polls = new java.util.ArrayList<>();

    private ScreenWatch(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            screen = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        screen.order(ByteOrder.BIG_ENDIAN);
        int headerSize = screen.getInt(0);
        width = screen.getInt(16);
        height = screen.getInt(20);
        int bitsPerPixel = screen.getInt(44);
        stride = screen.getInt(48);
        int colours = screen.getInt(76);
        if (bitsPerPixel != 32) {
            throw new IOException("the virtual screen has " + bitsPerPixel + " bits a pixel; 32 expected (-screen 0 WxHx24)");
        }
        pixels = headerSize + colours * 12;
        screen.order(ByteOrder.LITTLE_ENDIAN);
        poller = new Thread(this::poll, "screen-watch");
        poller.setDaemon(true);
    }

    /** A watch on the screen Xvfb keeps in {@code $BENCH_FBDIR}, or null if there is none. */
    static ScreenWatch start() {
        String dir = System.getenv("BENCH_FBDIR");
        Path file = dir == null ? null : Path.of(dir, "Xvfb_screen0");
        if (file == null || !Files.isReadable(file)) {
            return null;
        }
        try {
            ScreenWatch w = new ScreenWatch(file);
            w.poller.start();
            return w;
        } catch (IOException e) {
            System.out.println("cannot watch the screen: " + e.getMessage());
            return null;
        }
    }

    private int rgb(int x, int y) {
        return screen.getInt(pixels + y * stride + x * 4) & 0xffffff;
    }

    private void poll() {
        while (!stop) {
            long now = System.currentTimeMillis();
            int map = 0;
            for (int y = 0; y < height; y += STEP) {
                for (int x = 0; x < width; x += STEP) {
                    int c = rgb(x, y);
                    for (int m : MAP_COLOURS) {
                        if (near(c, m)) {
                            map++;
                            break;
                        }
                    }
                }
            }
            int white = 0, bar = 0;
            for (int y = 4; y < Math.min(60, height); y += 2) {
                for (int x = 4; x < Math.min(400, width); x += 2) {
                    int c = rgb(x, y), r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff;
                    if (r > 235 && g > 235 && b > 235) {
                        white++;
                    } else if (r < 50 && g > 60 && g < 110 && b < 140) {
                        bar++;
                    }
                }
            }
            // white text on the title bar's green: not the blank white window before the first frame
            int title = bar > 1000 ? white : 0;
            synchronized (polls) {
                polls.add(new long[] {now, map, title});
                mostMapPixels = Math.max(mostMapPixels, map);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean near(int c, int m) {
        return Math.abs((c >> 16 & 0xff) - (m >> 16 & 0xff)) <= 6 && Math.abs((c >> 8 & 0xff) - (m >> 8 & 0xff)) <= 6
                && Math.abs((c & 0xff) - (m & 0xff)) <= 6;
    }

    /**
     * The epoch time (ms) of the first poll that showed the window's first frame: the map (at least
     * 90 % of the run's largest count of pixels in its sea and county colours) and the title bar's text; or -1.
     */
    long firstFrameAt() {
        synchronized (polls) {
            for (long[] p : polls) {
                if (mostMapPixels > 0 && p[1] >= 0.9 * mostMapPixels && p[2] >= 30) {
                    return p[0];
                }
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        poller.join();
    }
}
