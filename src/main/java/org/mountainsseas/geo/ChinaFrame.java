package org.mountainsseas.geo;

/**
 * Fits a lon/lat box into a {@code width × height} view in Web Mercator, centred, keeping the
 * aspect: the China view's and the locator inset's projection. Pure maths, no toolkit.
 */
public record ChinaFrame(double scale, double offsetX, double offsetY, double minX, double minY) {
    /** China's extent with the South China Sea islands: lon 73–135.1, lat 3.4–53.6. */
    public static final double[] CHINA = {73, 3.4, 135.1, 53.6};

    /** The frame that fits {@code box} ({@code minLon, minLat, maxLon, maxLat}) with {@code margin} pixels. */
    public static ChinaFrame fit(double[] box, double width, double height, double margin) {
        double minX = WebMercator.x(box[0]);
        double maxX = WebMercator.x(box[2]);
        double minY = WebMercator.y(box[3]);
        double maxY = WebMercator.y(box[1]);
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);
        double scale = Math.min(w / (maxX - minX), h / (maxY - minY));
        double offsetX = margin + (w - scale * (maxX - minX)) / 2;
        double offsetY = margin + (h - scale * (maxY - minY)) / 2;
        return new ChinaFrame(scale, offsetX, offsetY, minX, minY);
    }

    /**
     * The same frame zoomed by {@code factor} about the screen point ({@code px}, {@code py}), which
     * stays where it is; the scale is kept within {@code minScale}…{@code maxScale}.
     */
    public ChinaFrame zoomed(double factor, double px, double py, double minScale, double maxScale) {
        double s = Math.max(minScale, Math.min(maxScale, scale * factor));
        double k = s / scale;
        return new ChinaFrame(s, px - (px - offsetX) * k, py - (py - offsetY) * k, minX, minY);
    }

    /** The same frame moved by ({@code dx}, {@code dy}) screen pixels. */
    public ChinaFrame panned(double dx, double dy) {
        return new ChinaFrame(scale, offsetX + dx, offsetY + dy, minX, minY);
    }

    public double x(double lon) {
        return offsetX + scale * (WebMercator.x(lon) - minX);
    }

    public double y(double lat) {
        return offsetY + scale * (WebMercator.y(lat) - minY);
    }

    /** From a Web Mercator x already projected (as the atlas stores it). */
    public double fromMercatorX(double mx) {
        return offsetX + scale * (mx - minX);
    }

    public double fromMercatorY(double my) {
        return offsetY + scale * (my - minY);
    }
}
