package org.mountainsseas.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The choice and text dialogs (the lecture's image-size questions) speak the app's language
 * whatever the system's, and their OK still hands back the value while Cancel gives nothing.
 */
@Tag("ui")
class DialogsTest {
    private static final Locale SYSTEM = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(SYSTEM);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    /** Shows the dialog, presses the button at {@code index} as a person would, and returns what the dialog answered. */
    private static <R> R press(Dialog<R> d, int index) {
        d.show();
        ButtonType type = d.getDialogPane().getButtonTypes().get(index);
        ((Button) d.getDialogPane().lookupButton(type)).fire();
        return d.getResult();
    }

    @Test
    void aChineseChoiceOnAnEnglishSystemOffersQueDingAndQuXiaoAndOkGivesThePick() throws Exception {
        FxToolkit.registerPrimaryStage();
        Locale.setDefault(Locale.ENGLISH);
        var choice = onFx(() -> Dialogs.choice(Language.ZH, "图片尺寸", "导出图片的尺寸", "1920x1080", List.of("1920x1080", "1280x720")));
        assertEquals(List.of("确定", "取消"), onFx(() -> buttons(choice.getDialogPane())));
        assertEquals("图片尺寸", choice.getTitle(), "no system-language title either");
        assertEquals("1280x720", onFx(() -> {
            choice.setSelectedItem("1280x720");
            return press(choice, 0);
        }));
    }

    @Test
    void anEnglishTextQuestionOnAChineseSystemOffersOkAndCancelAndCancelGivesNothing() throws Exception {
        FxToolkit.registerPrimaryStage();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        var input = onFx(() -> Dialogs.textInput(Language.EN, "Image size", "Width × height", "2560x1440"));
        assertEquals(List.of("OK", "Cancel"), onFx(() -> buttons(input.getDialogPane())));
        assertNull(onFx(() -> press(input, 1)), "Cancel answers nothing");
        var again = onFx(() -> Dialogs.textInput(Language.EN, "Image size", "Width × height", "2560x1440"));
        assertEquals("2560x1440", onFx(() -> press(again, 0)), "OK answers the text");
    }
}
