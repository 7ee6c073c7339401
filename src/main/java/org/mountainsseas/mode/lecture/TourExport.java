package org.mountainsseas.mode.lecture;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.concurrent.Task;
import org.mountainsseas.export.OffscreenRenderer;
import org.mountainsseas.export.PdfDeck;
import org.mountainsseas.export.PngFiles;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * Renders tour steps off screen at an exact size and writes them as PNG files (a folder, one per
 * step, or one file) or as one PDF page per step. Runs as a {@link Task}: progress per step, and
 * {@link Task#cancel()} stops between steps. Rendering happens on the FX thread, writing on the
 * task's own thread. Each step is shown through the shared state (so an on-screen map follows);
 * {@code afterwards} runs on the FX thread when the task ends, to put the presenter's step back.
 */
public final class TourExport extends Task<Integer> {
    /** What to write. */
    public enum Format { PNG_FOLDER, PNG_FILE, PDF }

    private final AppState state;
    private final Tour tour;
    private final List<Integer> steps;
    private final LectureTheme theme;
    private final Atlas atlas;
    private final Map<String, List<double[]>> outlines;
    private final int width;
    private final int height;
    private final Format format;
    private final Path target;
    private final List<String> stylesheets;
    private final Runnable afterwards;

    /** @param steps the 0-based steps to render, in order (every step for a whole-tour export) */
    public TourExport(AppState state, Tour tour, List<Integer> steps, LectureTheme theme, Atlas atlas,
                      Map<String, List<double[]>> outlines, int width, int height, Format format, Path target,
                      List<String> stylesheets, Runnable afterwards) {
        this.state = state;
        this.tour = tour;
        this.steps = List.copyOf(steps);
        this.theme = theme;
        this.atlas = atlas;
        this.outlines = outlines;
        this.width = width;
        this.height = height;
        this.format = format;
        this.target = target;
        this.stylesheets = List.copyOf(stylesheets);
        this.afterwards = afterwards;
    }

    /** The PNG file name for step {@code index} (0-based): "01-province.png". */
    public static String fileName(Tour tour, int index) {
        int digits = String.valueOf(tour.steps().size()).length();
        return String.format(Locale.ROOT, "%0" + Math.max(2, digits) + "d-%s.png", index + 1, tour.steps().get(index).id());
    }

    @Override
    protected Integer call() throws Exception {
        TourState exportTour = new TourState(state, tour);
        LectureView[] view = new LectureView[1];
        OffscreenRenderer renderer = OffscreenRenderer.onFx(() -> {
            view[0] = offscreenView(state, exportTour, atlas, outlines, theme);
            return new OffscreenRenderer(view[0], width, height, stylesheets);
        });
        int done = 0;
        try (PdfDeck pdf = format == Format.PDF ? new PdfDeck(target, tour.title().get(state.language())) : null) {
            for (int index : steps) {
                if (isCancelled()) {
                    return done;
                }
                updateMessage(state.format("lecture.export.progress", done + 1, steps.size()));
                String[] text = new String[1];
                BufferedImage image = OffscreenRenderer.onFx(() -> {
                    exportTour.goTo(index);
                    text[0] = view[0].captionText();
                    return renderer.snapshot();
                });
                write(pdf, image, index, text[0]);
                done++;
                updateProgress(done, steps.size());
            }
            if (pdf != null && !isCancelled()) {
                pdf.save();
            }
        } finally {
            OffscreenRenderer.onFx(() -> {
                view[0].dispose();
                afterwards.run();
                return null;
            });
        }
        return done;
    }

    /** A lecture view {@linkplain LectureView#forExport for off-screen rendering} (FX thread). */
    static LectureView offscreenView(AppState state, TourState tour, Atlas atlas, Map<String, List<double[]>> outlines,
                                     LectureTheme theme) {
        LectureView view = new LectureView(state, tour, atlas, outlines, theme, () -> { });
        view.forExport();
        // the tour's China steps need the province layer: read off the FX thread, awaited on first paint
        java.util.concurrent.CompletableFuture<List<org.mountainsseas.model.Boundary>> provinces =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> org.mountainsseas.data.GeoJsonReader.readProvinces(
                        org.mountainsseas.data.DataLocation.bundled()).value());
        view.setChinaBase(provinces::join);
        return view;
    }

    private void write(PdfDeck pdf, BufferedImage image, int index, String text) throws java.io.IOException {
        switch (format) {
            case PDF:
                Tour.Step step = tour.steps().get(index);
                pdf.addPage(image, (index + 1) + ". " + step.title().get(state.language()), text);
                break;
            case PNG_FILE:
                PngFiles.write(image, target);
                break;
            default:
                PngFiles.write(image, target.resolve(fileName(tour, index)));
        }
    }
}
