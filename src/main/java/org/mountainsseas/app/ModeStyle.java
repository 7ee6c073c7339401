package org.mountainsseas.app;

import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Subscription;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/**
 * Puts the app's mode on the scene's root as a pseudo-class ({@code .root:kiosk}, {@code .root:lecture}),
 * whichever root the scene shows (the explorer, the kiosk's frame or a lecture), so stylesheets can
 * style a mode without any view looking up another's controls.
 */
final class ModeStyle {
    private ModeStyle() {
    }

    /** Keeps {@code scene}'s root marked with the state's mode until the returned subscription is undone. */
    static Subscription follow(Scene scene, AppState state) {
        Parent[] marked = new Parent[1];
        Runnable mark = () -> {
            if (marked[0] != null) {
                set(marked[0], null);
            }
            marked[0] = scene.getRoot();
            set(marked[0], state.mode());
        };
        Subscription roots = scene.rootProperty().subscribe(root -> mark.run());
        Subscription modes = state.modeProperty().subscribe(mode -> mark.run());
        return roots.and(modes).and(() -> set(marked[0], null));
    }

    private static void set(Parent root, AppMode mode) {
        for (AppMode m : AppMode.values()) {
            if (m.pseudoClass() != null) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(m.pseudoClass()), m == mode);
            }
        }
    }

    /** Whether {@code root} carries {@code mode}'s pseudo-class (for tests). */
    static boolean marked(Parent root, AppMode mode) {
        return root.getPseudoClassStates().contains(PseudoClass.getPseudoClass(mode.pseudoClass()));
    }
}
