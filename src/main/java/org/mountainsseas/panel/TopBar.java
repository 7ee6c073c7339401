package org.mountainsseas.panel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/**
 * The title bar inside the window: the app's name, a data-problems badge (shown only when the
 * load found problems), the 中文 / English switch and the About button. On a kiosk it offers a big
 * Home button instead of About and the problems list, which open windows and links.
 */
public final class TopBar extends HBox {
    private final Button language = new Button();
    private final Button problems = new Button();
    private final Button about = new Button();
    private final Button home = new Button();

    public TopBar(AppState state, Runnable showAbout, Runnable showProblems) {
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label title = new Label();
        title.textProperty().bind(state.tr("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label();
        subtitle.textProperty().bind(state.tr("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        VBox titles = new VBox(0, title, subtitle);
        Label dataSet = new Label();
        dataSet.setId("data-set");
        dataSet.getStyleClass().add("data-set");
        dataSet.textProperty().bind(Bindings.createStringBinding(() -> dataSetLabel(state),
                state.review().originProperty(), state.datasetProperty(), state.languageProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        problems.setId("problems");
        problems.getStyleClass().add("problems-badge");
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> state.format("problems.badge", state.problems().size()), state.problems(), state.languageProperty()));
        BooleanBinding kiosk = state.modeIs(AppMode.KIOSK);
        problems.visibleProperty().bind(Bindings.isNotEmpty(state.problems()).and(kiosk.not()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnAction(e -> showProblems.run());

        language.setId("language");
        language.getStyleClass().add("language-switch");
        language.textProperty().bind(state.tr("lang.switch"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.tr("lang.switch.tip"));
        language.setTooltip(tip);
        language.setOnAction(e -> state.toggleLanguage());

        about.setId("about");
        about.textProperty().bind(state.tr("about.button"));
        about.setOnAction(e -> showAbout.run());
        Shown.onlyWhen(about, kiosk.not());

        home.setId("kiosk-home");
        home.getStyleClass().add("kiosk-home");
        home.textProperty().bind(state.tr("kiosk.home"));
        home.setFocusTraversable(false);
        home.setOnAction(e -> {
            state.clearSelection();
            state.goHome();
        });
        Shown.onlyWhen(home, kiosk);
        getChildren().addAll(titles, spacer, dataSet, problems, home, language, about);
    }

    /** Adds a button (e.g. a mode's start button) before the kiosk's Home button and the language switch. */
    public void addTool(javafx.scene.Node tool) {
        getChildren().add(getChildren().indexOf(home), tool);
    }

    /**
     * Which data are shown and how recent: "Bundled data · 2025-06", "Data from folder mydata · …",
     * "Imported data (pairings.json) · …"; a data set whose files carry no date (a folder's, or after
     * a data problem) says "date unknown" instead of a blank.
     */
    static String dataSetLabel(AppState state) {
        var origin = state.review().originProperty().get();
        String date = state.dataset() == null || state.dataset().dataDate() == null
                ? state.text("review.dataset.noDate") : state.dataset().dataDate();
        if (origin.imported()) {
            return state.format("review.dataset.imported", String.join(", ", origin.importedFiles()), date);
        }
        return origin.folder() != null ? state.format("review.dataset.folder", origin.folder(), date)
                : state.format("review.dataset.bundled", date);
    }
}
