package org.mountainsseas.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * Where a crisp frame's work goes, painter by painter, with nothing else running in the process
 * ({@code tools/crisp-parts.sh}, docs/performance.md):
 * the main window at 1920×1080, each frame recorded on the FX thread ({@link MapCanvas#record})
 * and replayed by Skia on the same thread, {@code bench.parts.frames} times (40), thread CPU
 * ({@link PainterClock}), the first quarter left out. With {@code -Dbench.parts.select=ADCODE} a
 * county is selected first. Prints one {@code PART painter fx=… raster=…} line per painter.
 */
public final class CrispParts extends Application {
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            System.setProperty("mountainsseas.painterTimes", "true");
            launch(CrispParts.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        World world = WorldLoader.load(DataLocation.bundled(), null);
        AppState state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        MainWindow window = new MainWindow(state, world, url -> { });
        MapPane map = window.map();
        Scene scene = new Scene(window, 1920, 1080);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        String select = System.getProperty("bench.parts.select");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!map.allCountiesDrawn() || !map.settled()) {
                    return;
                }
                stop();
                if (select != null) {
                    state.select(select);
                }
                SkiaLibrary.load().join();
                measure(map);
                System.exit(0);
            }
        }.start();
    }

    private static void measure(MapPane map) {
        int frames = Integer.getInteger("bench.parts.frames", 40);
        MapCanvas canvas = map.canvas();
        double w = map.getWidth(), h = map.getHeight();
        SkiaRasteriser skia = new SkiaRasteriser();
        MapRaster.Buffer buffer = new MapRaster.Buffer((int) Math.ceil(w), (int) Math.ceil(h));
        Map<String, double[]> fx = new LinkedHashMap<>(), raster = new LinkedHashMap<>();
        double[] whole = new double[frames];
        for (int i = 0; i < frames; i++) {
            canvas.painters().forEach(MapPainter::resetTimes);
            DisplayList list = canvas.record(w, h, 1);
            long t0 = PainterClock.now();
            skia.draw(list, new MapRaster.Job(list, buffer.image.getWidth(), buffer.image.getHeight(), 1, 0, 0, 1, i));
            skia.copyTo(buffer.pixels);
            whole[i] = (PainterClock.now() - t0) / 1e6;
            for (MapPainter p : canvas.painters()) {
                String name = p.getClass().getSimpleName();
                fx.computeIfAbsent(name, k -> new double[frames])[i] = p.meanPaintMillis();
                raster.computeIfAbsent(name, k -> new double[frames])[i] = p.meanRasterMillis();
            }
        }
        double fxSum = 0;
        for (String name : fx.keySet()) {
            double f = mean(fx.get(name), frames), r = mean(raster.get(name), frames);
            fxSum += f;
            System.out.println(String.format(Locale.ROOT, "PART %-18s fx=%7.3f raster=%7.3f", name, f, r));
        }
        System.out.println(String.format(Locale.ROOT, "PART %-18s fx=%7.3f raster=%7.3f (raster with copy)", "all", fxSum, mean(whole, frames)));
        skia.close();
    }

    private static double mean(double[] v, int n) {
        double s = 0;
        int from = n / 4;
        for (int i = from; i < n; i++) {
            s += v[i];
        }
        return s / (n - from);
    }
}
