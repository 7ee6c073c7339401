package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.World;
import org.mountainsseas.export.OffscreenRenderer;
import org.mountainsseas.geo.LabelPlacer;
import org.mountainsseas.geo.LineLabel;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.map.MapCamera;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Qingda Line's name never collides with the line or with a county label, on any step of the
 * bundled tour, and never costs a step about the line the names of the counties it lights.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LineNameTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void onEveryStepInBothLanguagesAndThemesTheLinesNameIsClearOfTheLineAndOfEveryLabel() throws Exception {
        World world = TestWorld.bundled();
        Tour tour = LectureMode.loadTour(world.dataset(), null);
        List<String> problems = new ArrayList<>();
        int named = 0;
        for (Language lang : Language.values()) {
            for (LectureTheme theme : LectureTheme.values()) {
                AppState state = TestWorld.state(lang);
                named += OffscreenRenderer.onFx(() -> {
                    TourState t = new TourState(state, tour);
                    LectureView view = new LectureView(state, t, world.atlas(), world.cityOutlines(), theme, () -> { });
                    view.forExport();
                    OffscreenRenderer r = new OffscreenRenderer(view, 1920, 1080, List.of());
                    int count = 0;
                    for (int i = 0; i < tour.steps().size(); i++) {
                        t.goTo(i);
                        r.settle();
                        String where = lang + " " + theme + " step " + (i + 1) + " (" + tour.steps().get(i).id() + ")";
                        LineLabel.Placement name = view.map().labels().qingdaName();
                        java.util.Set<String> labelled = new java.util.HashSet<>();
                        view.map().labels().placed().forEach(c -> labelled.add(c.id()));
                        Tour.Step step = tour.steps().get(i);
                        if (step.highlight().qingdaLine() && step.highlight().counties().size() <= 2) {
                            // a step about the line names the counties it lights (Lin'an and Cangnan at its ends)
                            for (String a : step.highlight().counties()) {
                                if (!labelled.contains(a)) {
                                    problems.add(where + ": the highlighted county " + a + " lost its name");
                                }
                            }
                        }
                        if (name == null) {
                            continue;
                        }
                        count++;
                        for (LabelPlacer.Candidate c : view.map().labels().placed()) {
                            if (name.overlaps(c, 0)) {
                                problems.add(where + ": the line's name overlaps " + c.id());
                            }
                        }
                        double[] e = ends(world.dataset().qingdaLine(), view.map().camera());
                        if (name.clearanceFrom(e[0], e[1], e[2], e[3]) < 3) {
                            problems.add(where + ": the line's name touches the line");
                        }
                    }
                    view.dispose();
                    return count;
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(named >= 4 * 10, "the name was placed on most steps: " + named);
    }

    private static double[] ends(QingdaLine line, MapCamera camera) {
        assertNotNull(line);
        return new double[] {camera.screenX(WebMercator.x(line.start().lon())), camera.screenY(WebMercator.y(line.start().lat())),
                camera.screenX(WebMercator.x(line.end().lon())), camera.screenY(WebMercator.y(line.end().lat()))};
    }
}
