package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.application.Platform;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.io.WriteFailure;
import org.mountainsseas.mode.lecture.LectureMode;
import org.mountainsseas.mode.lecture.TourExport;
import org.mountainsseas.mode.lecture.TourVideo;
import org.mountainsseas.mode.lecture.VideoTiming;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * The lecture mode's command-line work: checking a tour before a snapshot, and
 * {@code --export-tour DIR|FILE.pdf|FILE.mp4}, which renders every step (or the video) off screen and exits
 * (0 done, 6 bad tour, 7 export failed).
 */
final class LectureCommands {
    private LectureCommands() {
    }

    /** Whether the tour reads; if not, prints the problem and exits 6. */
    static boolean tourIsValid(AppState state, String tourArg) {
        try {
            LectureMode.loadTour(state.dataset(), tourArg);
            return true;
        } catch (LoadException e) {
            Main.fail(6, "bad tour: " + e.getMessage());
            return false;
        }
    }

    /**
     * Whether {@code --step} is within the tour; if not, says so and exits 2, in every mode (a wrong
     * option is not a tour problem to show in the window). A tour that does not read is left to the caller.
     */
    static boolean stepInRange(AppState state, Options.Presentation lecture) {
        Tour tour;
        try {
            tour = LectureMode.loadTour(state.dataset(), lecture.tour());
        } catch (LoadException e) {
            return true;
        }
        String problem = stepProblem(lecture.step(), tour.steps().size());
        if (problem != null) {
            Main.fail(2, problem);
            return false;
        }
        return true;
    }

    /** "--step 999 is past the end: the tour has 24 steps", or null when {@code step} is one of them. */
    static String stepProblem(int step, int steps) {
        return step >= 1 && step <= steps ? null
                : "--step " + step + " is past the end: the tour has " + steps + " steps (give 1 to " + steps + ")";
    }

    static void exportTour(AppState state, World world, Options.Presentation lecture, Options options, String css) {
        Tour tour;
        try {
            tour = LectureMode.loadTour(state.dataset(), lecture.tour());
        } catch (LoadException e) {
            Main.fail(6, "bad tour: " + e.getMessage());
            return;
        }
        Path target = lecture.exportTour();
        if (lecture.videoExport()) {
            exportVideo(state, world, lecture, options, css, tour);
            return;
        }
        boolean pdf = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        int w = options.sizeGiven() ? options.width() : 1920;
        int h = options.sizeGiven() ? options.height() : 1080;
        List<Integer> steps = IntStream.range(0, tour.steps().size()).boxed().toList();
        TourExport task = new TourExport(state, tour, steps, lecture.theme(), world.atlas(), world.cityOutlines(), w, h,
                pdf ? TourExport.Format.PDF : TourExport.Format.PNG_FOLDER, target,
                List.of(MountainsSeasApp.class.getResource(css).toExternalForm()), () -> { });
        task.messageProperty().addListener((o, a, b) -> System.out.println(b));
        task.setOnSucceeded(e -> {
            System.out.println("wrote " + task.getValue() + " steps to " + target.toAbsolutePath() + " (" + w + "x" + h + ")");
            Platform.exit();
        });
        run(task);
    }

    /** {@code --export-tour FILE.mp4}: the tour as a video, 1280×720 unless {@code --size} says otherwise. */
    private static void exportVideo(AppState state, World world, Options.Presentation lecture, Options options, String css, Tour tour) {
        Path target = lecture.exportTour();
        int w = options.sizeGiven() ? options.width() : 1280;
        int h = options.sizeGiven() ? options.height() : 720;
        VideoTiming timing = VideoTiming.standard(lecture.fps());
        TourVideo task = new TourVideo(state, tour, lecture.theme(), world.atlas(), world.cityOutlines(), w, h, timing,
                TourVideo.mp4(target, w, h, lecture.fps()), List.of(MountainsSeasApp.class.getResource(css).toExternalForm()), () -> { });
        task.messageProperty().addListener((o, a, b) -> System.out.println(b));
        task.setOnSucceeded(e -> {
            System.out.println("wrote " + task.getValue() + " frames (" + w + "x" + h + ", " + lecture.fps() + " fps) to "
                    + target.toAbsolutePath());
            Platform.exit();
        });
        run(task);
    }

    private static void run(javafx.concurrent.Task<Integer> task) {
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            Main.fail(7, "export failed: " + WriteFailure.of(error) + ": " + WriteFailure.detail(error));
        });
        Thread thread = new Thread(task, "tour-export");
        thread.setDaemon(true);
        thread.start();
    }
}
