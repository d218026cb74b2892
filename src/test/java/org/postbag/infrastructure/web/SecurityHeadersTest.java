package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void hstsIsSentWheneverTheSiteIsHttpsAlsoWhenTlsEndsAtAProxy() {
        assertThat(SecurityHeaders.https(false, "https://letters.example.org")).isTrue();
        assertThat(SecurityHeaders.https(false, "HTTPS://letters.example.org")).isTrue();
        assertThat(SecurityHeaders.https(true, "http://localhost:8080")).isTrue();
        assertThat(SecurityHeaders.https(false, "http://localhost:8080")).isFalse();

        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(SecurityHeaders.https(false, "https://letters.example.org"), headers::put);
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void deskConsoleSignInAndPrivatePagesAreNeverStored() {
        assertThat(SecurityHeaders.neverStored("/editor/queue", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/admin/outbox", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/api/editor/pieces", "q=x")).isTrue();
        assertThat(SecurityHeaders.neverStored("/sign-in", "next=%2Feditor%2Fqueue"))
                .isTrue();
        assertThat(SecurityHeaders.neverStored("/status/abc", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/confirm/abc", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/approve-edit/abc", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/welcome/abc", null)).isTrue();
        assertThat(SecurityHeaders.neverStored("/write", "invitation=abc")).isTrue();

        assertThat(SecurityHeaders.neverStored("/", null)).isFalse();
        assertThat(SecurityHeaders.neverStored("/write", null)).isFalse();
        assertThat(SecurityHeaders.neverStored("/letters/L-2026-00001/trams", null))
                .isFalse();
        assertThat(SecurityHeaders.neverStored("/search", "q=status")).isFalse();
    }
}
