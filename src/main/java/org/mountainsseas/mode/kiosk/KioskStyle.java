package org.mountainsseas.mode.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sizes for a touch screen, from its DPI: touch targets of about 9 mm but never under 44 px,
 * body text of at least 20 px. The kiosk stylesheet is a template filled in with these sizes and
 * handed to JavaFX as a {@code data:} URL. Pure.
 */
public final class KioskStyle {
    static final double TARGET_MM = 9;
    static final int MIN_TARGET_PX = 44;
    static final int MIN_BODY_PX = 20;

    private KioskStyle() {
    }

    /** The smallest touch target in px at this DPI. */
    public static int targetPx(double dpi) {
        double d = dpi > 0 && Double.isFinite(dpi) ? dpi : 96;
        return Math.max(MIN_TARGET_PX, (int) Math.round(TARGET_MM / 25.4 * d));
    }

    /** Body text size in px: 20 px, scaled up on dense screens (where 20 px would be small). */
    public static int bodyPx(double dpi) {
        double d = dpi > 0 && Double.isFinite(dpi) ? dpi : 96;
        return Math.max(MIN_BODY_PX, (int) Math.round(20 * d / 110));
    }

    /** The kiosk stylesheet for this DPI. */
    public static String css(double dpi) {
        int t = targetPx(dpi), b = bodyPx(dpi);
        return template().replace("@T@", Integer.toString(t)).replace("@P@", Integer.toString(Math.round(t * 1.6f)))
                .replace("@B@", Integer.toString(b)).replace("@S@", Integer.toString(Math.max(16, b - 3)))
                .replace("@H@", Integer.toString(Math.round(b * 1.4f)));
    }

    /** The stylesheet as a URL a Scene accepts. */
    public static String dataUrl(double dpi) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(dpi).getBytes(StandardCharsets.UTF_8));
    }

    private static String template() {
        try (InputStream in = KioskStyle.class.getResourceAsStream("/org/mountainsseas/mode/kiosk/kiosk.css")) {
            if (in == null) {
                throw new IllegalStateException("kiosk.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
