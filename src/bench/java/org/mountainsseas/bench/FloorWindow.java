package org.mountainsseas.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The first frame's floor: what a window of the app's size costs from process spawn to its first
 * frame on the screen when it holds no map, with the same JVM options (and, in the benchmark, an
 * AppCDS archive of its own). It shows the two things {@link ScreenWatch} waits for: the map's sea
 * colour over the window and white title text on the title bar's green.
 * <ul>
 * <li>{@code empty}: that and nothing more (no stylesheet of the app's, no bundled fonts);</li>
 * <li>{@code styled N}: the app's stylesheet and bundled fonts (registered on a thread of their own
 * from {@code main}, as the app does), and labels with the stylesheet's classes up to N nodes in
 * all, the count the app's first frame has ({@code scene-nodes} in its {@code startup-fx} line).</li>
 * </ul>
 * Prints {@code startup-at} (epoch ms) at the first pulse after the window is shown, as the app's
 * {@code --benchmark-startup} does, and exits {@value #LINGER_MS} ms later so the screen shows the frame.
 */
public final class FloorWindow {
    private static final long LINGER_MS = 1500;
    private static final String SEA = "#cfe2ec";
    /** Style classes of the app's stylesheet that the first frame's labels carry. */
    private static final String[] CLASSES = {"panel-body", "panel-title", "fact-key", "fact-value", "legend-title",
        "timeline-legend", "section-title", "panel-hint", "class-badge", "caveat"};

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("styled")) {
            Thread fonts = new Thread(org.mountainsseas.fonts.Fonts::load, "font-preload");
            fonts.setDaemon(true);
            fonts.start();
        }
        // a main class that is an Application cannot start from the class path (JavaFX's launcher check)
        Application.launch(Shown.class, args);
    }

    private FloorWindow() {
    }

    /** The window itself. */
    public static final class Shown extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean styled = !args.isEmpty() && args.get(0).equals("styled");
        int nodes = styled && args.size() > 1 ? Integer.parseInt(args.get(1)) : 0;
        Label title = new Label("Mountains & Seas");
        title.setTextFill(Color.WHITE);
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        HBox bar = new HBox(title);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.setStyle("-fx-background-color: #24573a;");
        Region sea = new Region();
        sea.setStyle("-fx-background-color: " + SEA + ";");
        BorderPane root = new BorderPane(sea);
        root.setTop(bar);
        if (styled) {
            org.mountainsseas.fonts.Fonts.load();
            title.getStyleClass().add("app-title");
            FlowPane side = new FlowPane(4, 4);
            side.setPrefWidth(380);
            side.getStyleClass().add("detail-panel");
            // each label is two nodes once skinned (the label and its text); the containers above are five
            List<Node> labels = new ArrayList<>();
            for (int i = 0; 5 + 2 * labels.size() < nodes; i++) {
                Label l = new Label("Label " + i);
                l.getStyleClass().add(CLASSES[i % CLASSES.length]);
                labels.add(l);
            }
            side.getChildren().setAll(labels);
            root.setRight(side);
        }
        Scene scene = new Scene(root, 1920, 1080);
        if (styled) {
            scene.getStylesheets().add(FloorWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        }
        stage.setScene(scene);
        stage.setTitle("floor");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("startup-at " + System.currentTimeMillis());
                System.out.println("startup-fx scene-nodes=" + count(root));
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(LINGER_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                }, "floor-exit");
                exit.setDaemon(true);
                exit.start();
            }
        }.start();
    }
    }

    /** The nodes under {@code node}, itself included. */
    static int count(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }
}
