package org.mountainsseas.app;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.state.AppState;

/**
 * Runs a long job (an export, an import check) in a background {@link Task} with a small window
 * showing its progress and a Cancel button (Esc cancels too). Success hands the result back on the
 * FX thread; failure shows the error's message, never a stack trace.
 */
final class TaskRunner {
    private TaskRunner() {
    }

    static <T> void run(Window owner, AppState state, String titleKey, Task<T> task, Consumer<T> onDone) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(state.text(titleKey));
        Label message = new Label(state.text(titleKey));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(state.text("review.cancel"));
        cancel.setId("task-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        task.setOnSucceeded(e -> {
            stage.close();
            onDone.accept(task.getValue());
        });
        task.setOnCancelled(e -> stage.close());
        task.setOnFailed(e -> {
            stage.close();
            Throwable error = task.getException();
            if (!(error instanceof CancellationException)) {
                error(owner, state, error == null ? "?" : error.getMessage() == null ? error.toString() : error.getMessage());
            }
        });
        Thread t = new Thread(task, "review-task");
        t.setDaemon(true);
        t.start();
        stage.show();
    }

    static void error(Window owner, AppState state, String message) {
        Alert a = Dialogs.alert(state.language(), Alert.AlertType.ERROR, state.text("review.error"), state.text("review.error"), message);
        a.initOwner(owner);
        a.getDialogPane().setMinWidth(520);
        a.show();
    }

    static void info(Window owner, AppState state, String message) {
        Alert a = Dialogs.alert(state.language(), Alert.AlertType.INFORMATION, state.text("app.title"), null, message);
        a.initOwner(owner);
        a.show();
    }
}
