package org.mountainsseas.panel;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.model.YearDiff.Change;
import org.mountainsseas.model.YearDiff.Direction;
import org.mountainsseas.model.YearDiff.Kind;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CompareState;

/**
 * The year comparison's legend of what changed from year A to year B: a count per kind, then a
 * list of the pairings that started or ended, the counties that joined or left the list and the
 * enclaves that opened, each with how sure it is, its date as the source gives it and its sources.
 * Choosing one (click, or ↑/↓) highlights it on both maps; a tap on a map (a county, or the sea) clears it.
 */
public final class YearChangesPanel extends VBox {
    private final AppState state;
    private final CompareState compare;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label hint = new Label();
    private final ObservableList<Change> items = FXCollections.observableArrayList();
    private final ListView<Change> list = new ListView<>(items);
    private final Subscription subscriptions;
    private boolean following;

    public YearChangesPanel(AppState state) {
        this.state = state;
        this.compare = state.compare();
        setId("year-changes");
        getStyleClass().add("year-changes");
        setSpacing(6);
        title.getStyleClass().add("year-changes-title");
        title.setWrapText(true);
        summary.getStyleClass().add("year-changes-summary");
        summary.setWrapText(true);
        hint.getStyleClass().add("year-changes-hint");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        hint.textProperty().bind(state.tr("compare.hint"));
        list.setId("year-changes-list");
        list.setCellFactory(v -> new ChangeCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (!following) {
                compare.choose(now);
            }
        });
        getChildren().addAll(title, summary, list, hint);
        subscriptions = Subscription.combine(compare.diffProperty().subscribe(this::show),
                state.languageProperty().subscribe(l -> show(compare.diff())),
                compare.chosenProperty().subscribe(this::follow));
    }

    private void show(YearDiff diff) {
        Language l = state.language();
        title.setText(state.format("compare.changes", yearName(diff.yearA()), yearName(diff.yearB())));
        summary.setText(state.format("compare.summary",
                count(diff, Kind.PAIRING, Direction.ADDED), count(diff, Kind.PAIRING, Direction.ENDED),
                count(diff, Kind.LISTING, Direction.ADDED), count(diff, Kind.LISTING, Direction.ENDED),
                count(diff, Kind.ENCLAVE, Direction.ADDED), count(diff, Kind.ENCLAVE, Direction.ENDED)));
        list.setPlaceholder(new Label(state.text("compare.none")));
        following = true;
        items.setAll(diff.changes());
        list.getSelectionModel().select(compare.chosen());
        list.scrollTo(Math.max(0, items.indexOf(compare.chosen())));
        following = false;
        list.refresh();
        list.setAccessibleText(title.getText() + ". " + summary.getText());
    }

    private String count(YearDiff d, Kind kind, Direction direction) {
        return String.valueOf(d.changes(kind, direction).size());
    }

    private String yearName(Integer y) {
        return y == null ? state.text("compare.today") : String.valueOf(y);
    }

    private void follow(Change chosen) {
        following = true;
        if (chosen == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(chosen);
            list.scrollTo(chosen);
        }
        following = false;
    }

    /** The list (to focus, and for tests). */
    public ListView<Change> list() {
        return list;
    }

    /** Stops following the state. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private final class ChangeCell extends ListCell<Change> {
        // text nodes wrapped at the list's width: a cell's height then follows its wrapped lines
        // (wrapping labels in a list cell were measured one line short and overlapped the next cell)
        private final Text heading = new Text();
        private final Text subject = new Text();
        private final Text date = new Text();
        private final Text sources = new Text();
        private final VBox box = new VBox(1, heading, subject, date, sources);

        ChangeCell() {
            heading.getStyleClass().add("change-heading");
            subject.getStyleClass().add("change-subject");
            date.getStyleClass().add("change-date");
            sources.getStyleClass().add("change-sources");
            for (Text t : new Text[] {heading, subject, date, sources}) {
                t.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
            }
            box.getStyleClass().add("change-cell");
            setText(null);
        }

        @Override
        protected void updateItem(Change c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Language l = state.language();
            var data = state.dataset();
            heading.setText((c.direction() == Direction.ADDED ? "＋ " : "− ") + ChangeText.heading(c, l));
            subject.setText(ChangeText.subject(c, data, l));
            date.setText(ChangeText.date(c, compare.diff(), data, l));
            sources.setText(ChangeText.sources(c, data, l));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("possible"), !c.certain());
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ended"), c.direction() == Direction.ENDED);
            setGraphic(box);
            setAccessibleText(heading.getText() + ". " + subject.getText() + ". " + date.getText());
        }
    }
}
