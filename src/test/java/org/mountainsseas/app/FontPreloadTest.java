package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FontPreloadTest {
    @Test
    void registersFontsBeforeTheToolkitOnlyOnLinux() {
        assertTrue(FontPreload.supported("Linux"));
        assertFalse(FontPreload.supported("Windows 11"));
        assertFalse(FontPreload.supported("Mac OS X"));
    }
}
