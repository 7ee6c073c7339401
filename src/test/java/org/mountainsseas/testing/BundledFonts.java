package org.mountainsseas.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mountainsseas.fonts.Fonts;
import org.testfx.api.FxToolkit;

/**
 * Registers the app's bundled fonts before every UI test class (those tagged {@code ui}), as the
 * app does at start-up, so a test sees the same text sizes on every machine whatever fonts it has.
 * Registered for all tests through {@code META-INF/services} and {@code junit-platform.properties}.
 */
public final class BundledFonts implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (context.getTags().contains("ui")) {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupFixture(() -> {
                Fonts.load();
            });
        }
    }
}
