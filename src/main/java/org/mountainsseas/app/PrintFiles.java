package org.mountainsseas.app;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.mountainsseas.export.CompareSheet;
import org.mountainsseas.export.Dossiers;
import org.mountainsseas.export.GisExport;
import org.mountainsseas.export.GisLayers;
import org.mountainsseas.export.MapScene;
import org.mountainsseas.export.MapSheet;
import org.mountainsseas.export.Paper;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;

/**
 * The print and GIS exports of the review area: the map page (vector PDF, A4 to A2, or PNG at a
 * chosen dpi), the county dossiers, and the GIS layers. What to draw is read from the state when
 * the user confirms (selection, filter, year, language), never from the window, so the files look
 * the same whatever its size; the writing runs in the background with progress and Cancel.
 */
final class PrintFiles {
    /** The PNG resolutions offered: screen-and-slides and print. */
    static final int[] DPIS = {150, 300};

    private final AppState state;
    private final World world;
    private final Supplier<Window> owner;
    private final FilePicker picker;
    private final ReviewFiles runner;

    PrintFiles(AppState state, World world, Supplier<Window> owner, FilePicker picker, ReviewFiles runner) {
        this.state = state;
        this.world = world;
        this.owner = owner;
        this.picker = picker;
        this.runner = runner;
    }

    /** The papers in the order the save dialog offers them: landscape A4, A3, A2, then portrait. */
    static List<Paper> papers() {
        List<Paper> out = new ArrayList<>();
        Paper.all().stream().filter(Paper::landscape).forEach(out::add);
        Paper.all().stream().filter(p -> !p.landscape()).forEach(out::add);
        return out;
    }

    void exportMap() {
        List<Paper> papers = papers();
        List<FilePicker.FileType> types = new ArrayList<>();
        for (Paper p : papers) {
            types.add(new FilePicker.FileType(state.format("export.file.pdf", paperName(p)), ".pdf"));
        }
        for (int dpi : DPIS) {
            types.add(new FilePicker.FileType(state.format("export.file.png", paperName(Paper.A4_LANDSCAPE), dpi), ".png"));
        }
        picker.save(owner.get(), state.text("review.export.map"), "map-" + LocalDate.now() + ".pdf", types).ifPresent(c -> {
            int i = types.indexOf(c.type());
            Path target = ReviewFiles.extensionOr(c, types.get(papers.size()), types.get(0));
            boolean png = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
            Paper paper = i >= 0 && i < papers.size() ? papers.get(i) : Paper.A4_LANDSCAPE;
            int dpi = i >= papers.size() ? DPIS[i - papers.size()] : DPIS[0];
            exportMapTo(target, paper, png ? dpi : 0);
        });
    }

    /** Writes the map page as a PDF ({@code dpi} 0) or as a PNG at {@code dpi}, in the background. */
    void exportMapTo(Path target, Paper paper, int dpi) {
        MapScene scene = scene();
        // the comparison on the screen prints as the comparison: both years on one landscape page
        boolean comparing = state.compare().shown();
        MapScene a = scene.inYear(state.compare().yearA()), b = scene.inYear(state.compare().yearB());
        runner.run("review.export.running", target, p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (dpi > 0) {
                ImageIO.write(comparing ? CompareSheet.png(a, b, paper, dpi, p) : MapSheet.png(scene, paper, dpi, p), "png", out);
            } else if (comparing) {
                CompareSheet.write(a, b, paper, out, p);
            } else {
                MapSheet.write(scene, paper, out, p);
            }
            return out.toByteArray();
        });
    }

    void exportGis() {
        picker.folder(owner.get(), state.text("export.gis")).ifPresent(this::exportGisTo);
    }

    void exportGisTo(Path folder) {
        List<GisLayers.Layer> layers = GisLayers.of(state.dataset(), world.atlas(), state.sidesProperty().get());
        runner.run("review.export.running", p -> GisExport.write(layers, folder, p),
                files -> TaskRunner.info(owner.get(), state, state.format("export.gis.done", files.size(), folder)));
    }

    void exportAtlas() {
        FilePicker.FileType pdf = new FilePicker.FileType(state.format("export.file.pdf", paperName(new Paper("A4", false))), ".pdf");
        picker.save(owner.get(), state.text("export.atlas"), "county-dossiers-" + LocalDate.now() + ".pdf", List.of(pdf))
                .ifPresent(c -> exportAtlasTo(ReviewFiles.extensionOr(c, pdf, pdf)));
    }

    /** One page per mountain county: those selected, else those the filter leaves lit, else all of them. */
    void exportAtlasTo(Path target) {
        MapScene scene = scene();
        ReviewFilter f = state.review().filter();
        List<String> counties = Dossiers.countiesFor(state.dataset(), state.selection(),
                f.active() ? state.review().litCountiesProperty().get() : null);
        runner.run("review.export.running", target, p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dossiers.write(scene, counties, out, p);
            return out.toByteArray();
        });
    }

    /** What the map shows now: language, year, selection and what it highlights, the filter's result. */
    MapScene scene() {
        ReviewFilter f = state.review().filter();
        Set<String> lit = f.active() ? state.review().litCountiesProperty().get() : null;
        Set<String> shown = null;
        String subtitle = "";
        if (f.active()) {
            shown = new HashSet<>();
            for (var row : state.review().pairingRowsProperty().get()) {
                shown.add(row.key());
            }
            subtitle = state.format("review.page.filtered", state.review().pairingRowsProperty().get().size());
        }
        return new MapScene(state.dataset(), world.atlas(), state.sidesProperty().get(), world.cityOutlines(), state.language(),
                state.year(), state.selection(), state.highlighted(), lit, shown, subtitle);
    }

    private String paperName(Paper p) {
        return state.format(p.landscape() ? "export.paper.landscape" : "export.paper.portrait", p.size());
    }
}
