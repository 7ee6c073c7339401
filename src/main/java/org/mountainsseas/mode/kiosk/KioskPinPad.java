package org.mountainsseas.mode.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;

/**
 * The admin exit's PIN pad: an on-screen keypad (a touch kiosk has no keyboard; digits typed on
 * one work too), the PIN shown as dots, and a message after a wrong PIN or while locked out.
 * The right PIN runs {@code exit}; wrong ones go through the {@link KioskPinGate}'s rate limit.
 */
public final class KioskPinPad extends StackPane {
    private static final int MAX_DIGITS = 12;
    private final KioskPinGate gate;
    private final Runnable exit;
    private final Label dots = new Label();
    private final Label message = new Label();
    private final StringBuilder entered = new StringBuilder();

    public KioskPinPad(KioskPinGate gate, Runnable exit) {
        this.gate = gate;
        this.exit = exit;
        setId("pin-pad");
        getStyleClass().add("kiosk-dim");
        dots.getStyleClass().add("kiosk-pin-dots");
        dots.setId("pin-dots");
        message.getStyleClass().add("kiosk-pin-message");
        message.setId("pin-message");
        message.setWrapText(true);
        GridPane pad = new GridPane();
        pad.getStyleClass().add("kiosk-pin-pad");
        pad.setHgap(10);
        pad.setVgap(10);
        pad.setAlignment(Pos.CENTER);
        for (int c = 0; c < 3; c++) {
            var column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(100 / 3.0);
            column.setFillWidth(true);
            pad.getColumnConstraints().add(column);
        }
        for (int d = 1; d <= 9; d++) {
            pad.add(digit(d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = key("pin-clear", both("kiosk.pin.clear"), this::clear);
        Button ok = key("pin-ok", both("kiosk.pin.ok"), this::submit);
        clear.getStyleClass().add("pin-word");
        ok.getStyleClass().add("pin-word");
        pad.add(clear, 0, 3);
        pad.add(digit(0), 1, 3);
        pad.add(ok, 2, 3);
        Button cancel = key("pin-cancel", both("kiosk.pin.cancel"), this::close);
        HBox actions = new HBox(cancel);
        actions.setAlignment(Pos.CENTER);
        message.setMaxWidth(420);
        getChildren().add(KioskCard.of("kiosk.pin.title", dots, pad, message, actions));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        setVisible(false);
    }

    private static String both(String key) {
        return KioskCard.both(key, " ");
    }

    private Button digit(int d) {
        return key("pin-" + d, Integer.toString(d), () -> type((char) ('0' + d)));
    }

    private Button key(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode().isDigitKey()) {
            type(e.getText().isEmpty() ? '0' : e.getText().charAt(0));
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            clear();
        } else if (e.getCode() == KeyCode.ENTER) {
            submit();
        } else {
            return;
        }
        e.consume();
    }

    private void type(char c) {
        if (Character.isDigit(c) && entered.length() < MAX_DIGITS) {
            entered.append(c);
            dots.setText("●".repeat(entered.length()));
        }
    }

    private void clear() {
        entered.setLength(0);
        dots.setText("");
    }

    private void submit() {
        String guess = entered.toString();
        clear();
        switch (gate.attempt(guess)) {
            case ACCEPTED:
                close();
                exit.run();
                break;
            case REJECTED:
                long wait = gate.lockedForMillis();
                message.setText(wait > 0 ? locked(wait) : both("kiosk.pin.wrong"));
                break;
            default:
                message.setText(locked(gate.lockedForMillis()));
        }
    }

    private static String locked(long millis) {
        long s = (millis + 999) / 1000;
        return Messages.format(Language.ZH, "kiosk.pin.locked", s) + "\n" + Messages.format(Language.EN, "kiosk.pin.locked", s);
    }

    /** Shows the pad, empty. */
    public void open() {
        clear();
        message.setText("");
        setVisible(true);
        requestFocus();
    }

    /** Hides the pad and forgets what was typed. */
    public void close() {
        clear();
        setVisible(false);
    }

    /** The message shown now (for tests). */
    public String message() {
        return message.getText();
    }
}
