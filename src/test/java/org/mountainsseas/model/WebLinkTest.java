package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only absolute http(s) URIs with a host are links; the strings the hostile run handed to the desktop are not. */
class WebLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.zj.gov.cn/art/2023/1/1/art_1.html", "http://example.org", "HTTPS://Example.org/a?b=c#d",
        "https://[2001:db8::1]/x"})
    void webAddressesAreLinks(String url) {
        assertNull(WebLink.problem(url));
        assertEquals(url, WebLink.parse(url).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"httpfoo:/bin/sh", "http/../../../../etc/passwd", "file:///etc/passwd", "javascript:alert(1)",
        "http:/etc/passwd", "http:///etc/passwd", "https:", "http:example.org", "/usr/bin/xterm", "C:\\Windows\\System32\\calc.exe",
        "ms-settings:", "smb://host/share", "https://user:pw@evil.example/", "http://exa mple.org", "http://example.org/\u0000",
        "https://example.org/\nfile:///x", ""})
    void everythingElseIsText(String text) {
        assertFalse(WebLink.isWebLink(text), text);
        assertTrue(WebLink.parse(text).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void overlongAndNullAreText() {
        assertFalse(WebLink.isWebLink("https://example.org/" + "a".repeat(WebLink.MAX_LENGTH)));
        assertFalse(WebLink.isWebLink(null));
        assertEquals("is not an absolute http or https address", WebLink.problem("httpfoo:/bin/sh"));
    }
}
