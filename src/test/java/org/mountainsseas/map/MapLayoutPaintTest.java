package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A layout pass that lays out the map paints it once. Gluon's map view calls each layer's
 * {@code layoutLayer()} itself and then lays the layer out, which calls it again (Gluon never clears
 * a layer's own dirty flag): the window's first layout, inside {@code Stage.show()}, painted the whole
 * map twice before the first frame.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapLayoutPaintTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFirstLayoutAndAResizePaintTheMapOnceEach(FxRobot robot) {
        World world = TestWorld.bundled();
        long[] paints = new long[3];
        robot.interact(() -> {
            AppState state = TestWorld.state(Language.EN);
            MapPane map = new MapPane(state, world.atlas(), MapStyle.standard(), world.cityOutlines());
            stage.setScene(new Scene(new Group(map), 900, 700));
            // one synchronous pass each, as Stage.show() makes the first one: nothing asynchronous runs in between
            map.resize(900, 700);
            map.applyCss();
            map.layout();
            paints[0] = map.canvas().paintCount();
            map.layout();
            paints[1] = map.canvas().paintCount();
            map.resize(800, 600);
            map.layout();
            paints[2] = map.canvas().paintCount();
            map.dispose();
        });
        assertEquals(1, paints[0], "the first layout paints the map once");
        assertEquals(1, paints[1], "a layout with nothing changed paints nothing");
        assertEquals(2, paints[2], "a new size paints the map once more");
    }
}
