package org.mountainsseas.mode.lecture;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;
import org.mountainsseas.export.CrossFade;
import org.mountainsseas.export.FrameSink;
import org.mountainsseas.export.GifWriter;
import org.mountainsseas.export.Mp4Writer;
import org.mountainsseas.export.OffscreenRenderer;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Flight;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * Renders a whole tour off screen as a video: each step's caption burned in beside the map, the
 * camera flying from step to step and the previous picture fading into the next, timed by
 * {@link VideoTiming}. Frames are drawn by frame number, never by the wall clock (the map is
 * {@linkplain org.mountainsseas.map.MapPane#setStill still} and each flight frame is placed by
 * {@link Flight#at}), so the same tour gives the same frames every time. Runs as a {@link Task}:
 * progress per frame, {@link Task#cancel()} stops at the next frame and leaves no file. Rendering
 * happens on the FX thread, encoding on the task's thread. {@code afterwards} runs on the FX
 * thread when the task ends (it puts the presenter's step back).
 */
public final class TourVideo extends Task<Integer> {
    /** Opens where the frames go; called on the task's thread when the export starts. */
    @FunctionalInterface
    public interface Output {
        /** A sink that is finished (the file put in place) by {@link Sink#finish()} and discarded by {@code close()}. */
        Sink open() throws java.io.IOException;
    }

    /** A frame sink that becomes a file only when finished. */
    public interface Sink extends FrameSink, java.io.Closeable {
        void finish() throws java.io.IOException;
    }

    private final AppState state;
    private final Tour tour;
    private final LectureTheme theme;
    private final Atlas atlas;
    private final Map<String, List<double[]>> outlines;
    private final int width;
    private final int height;
    private final VideoTiming timing;
    private final Output output;
    private final List<String> stylesheets;
    private final Runnable afterwards;

    public TourVideo(AppState state, Tour tour, LectureTheme theme, Atlas atlas, Map<String, List<double[]>> outlines,
                     int width, int height, VideoTiming timing, Output output, List<String> stylesheets, Runnable afterwards) {
        this.state = state;
        this.tour = tour;
        this.theme = theme;
        this.atlas = atlas;
        this.outlines = outlines;
        this.width = width;
        this.height = height;
        this.timing = timing;
        this.output = output;
        this.stylesheets = List.copyOf(stylesheets);
        this.afterwards = afterwards;
    }

    /** Frames go to an MP4 file at {@code target} (H.264), put in place only when the video is complete. */
    public static Output mp4(Path target, int width, int height, int fps) {
        return () -> {
            Mp4Writer writer = new Mp4Writer(target, width, height, fps);
            return sink(writer, writer::finish, writer);
        };
    }

    /** Frames go to an animated GIF at {@code target} that loops, put in place only when it is complete. */
    public static Output gif(Path target, int width, int height, int fps) {
        return () -> {
            GifWriter writer = new GifWriter(target, width, height, fps);
            return sink(writer, writer::finish, writer);
        };
    }

    /** A step of writing that may fail. */
    private interface IoStep {
        void run() throws java.io.IOException;
    }

    private static Sink sink(org.mountainsseas.export.FrameSink frames, IoStep finish, java.io.Closeable close) {
        return new Sink() {
            @Override
            public void add(BufferedImage frame, int times) throws java.io.IOException {
                frames.add(frame, times);
            }

            @Override
            public void finish() throws java.io.IOException {
                finish.run();
            }

            @Override
            public void close() throws java.io.IOException {
                close.close();
            }
        };
    }

    /** The video's length in frames for this tour in {@code language}. */
    public static int frameCount(Tour tour, VideoTiming timing, Language language) {
        return timing.totalFrames(texts(tour, language), language);
    }

    private static List<String> texts(Tour tour, Language language) {
        List<String> texts = new ArrayList<>();
        for (Tour.Step s : tour.steps()) {
            texts.add(s.title().get(language) + " " + s.caption().get(language));
        }
        return texts;
    }

    @Override
    protected Integer call() throws Exception {
        Language lang = state.language();
        List<String> texts = texts(tour, lang);
        int total = timing.totalFrames(texts, lang);
        TourState exportTour = new TourState(state, tour);
        LectureView[] view = new LectureView[1];
        int done = 0;
        try (Sink sink = output.open()) {
            OffscreenRenderer renderer = OffscreenRenderer.onFx(() -> {
                view[0] = TourExport.offscreenView(state, exportTour, atlas, outlines, theme);
                return new OffscreenRenderer(view[0], width, height, stylesheets);
            });
            BufferedImage previous = null;
            for (int step = 0; step < tour.steps().size(); step++) {
                updateMessage(state.format("lecture.video.progress", step + 1, tour.steps().size()));
                int index = step;
                Flight flight = OffscreenRenderer.onFx(() -> {
                    Flight.View from = view[0].map().view();
                    exportTour.goTo(index);
                    return new Flight(from, view[0].map().view());
                });
                BufferedImage still = OffscreenRenderer.onFx(renderer::snapshot);
                int flightFrames = previous == null ? 0 : timing.flightFrames();
                // a step that keeps the camera where it was only fades: its frames after the fade are the still
                boolean moves = !flight.from().equals(flight.to());
                int rendered = moves ? flightFrames : Math.min(flightFrames, timing.fadeFrames());
                for (int k = 1; k <= rendered; k++) {
                    if (isCancelled()) {
                        return done;
                    }
                    BufferedImage image = still;
                    if (moves) {
                        Flight.View at = flight.at(k / (double) flightFrames);
                        image = OffscreenRenderer.onFx(() -> {
                            view[0].map().show(at);
                            return renderer.snapshot();
                        });
                    }
                    if (k <= timing.fadeFrames()) {
                        image = CrossFade.blend(previous, image, k / (double) (timing.fadeFrames() + 1));
                    }
                    sink.add(image, 1);
                    updateProgress(++done, total);
                }
                // held in one-second parts, so Cancel answers within a second's encoding
                int hold = flightFrames - rendered + timing.holdFrames(texts.get(step), lang);
                for (int left = hold; left > 0; left -= timing.fps()) {
                    if (isCancelled()) {
                        return done;
                    }
                    int part = Math.min(timing.fps(), left);
                    sink.add(still, part);
                    done += part;
                    updateProgress(done, total);
                }
                previous = still;
            }
            if (!isCancelled()) {
                sink.finish();
            }
        } finally {
            OffscreenRenderer.onFx(() -> {
                if (view[0] != null) {
                    view[0].dispose();
                }
                afterwards.run();
                return null;
            });
        }
        return done;
    }
}
