package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://northern-review.example/2026/06/trams",
                "http://northern-review.example",
                "HTTPS://Northern-Review.example/a?b=c#d",
                "https://de.wikipedia.org/wiki/Straßenbahn",
                "https://northern-review.example:8443/trams",
                "https://[2001:db8::1]/trams",
                "https://northern-review.example/\"quoted\"{braces}|bars"
            })
    void absoluteWebAddressesAreAccepted(String address) {
        assertThat(WebAddress.isWeb(address)).isTrue();
        assertThat(WebAddress.linkable(address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "java\tscript:alert(1)",
                " javascript:alert(1)",
                "javascript://northern-review.example/%0Aalert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "ftp://northern-review.example/trams",
                "//northern-review.example/trams",
                "/articles/A-2026-00001",
                "northern-review.example/trams",
                "https:northern-review.example",
                "https:///trams",
                "https://",
                "https://:8443/trams",
                "https://editor@/trams",
                "https://?q=trams",
                "https:\\\\northern-review.example",
                "https://northern review.example",
                "https://northern-review.example/\u2028trams",
                "https://northern-review.example/\u00A0",
                "https://northern-review.example/\u0000",
                ""
            })
    void anythingElseIsRefusedAndNeverLinked(String address) {
        assertThat(WebAddress.isWeb(address)).isFalse();
        assertThat(WebAddress.linkable(address)).isNull();
    }

    @Test
    void nothingAndOverlongAddressesAreRefused() {
        assertThat(WebAddress.isWeb(null)).isFalse();
        assertThat(WebAddress.isWeb("https://northern-review.example/" + "a".repeat(WebAddress.LONGEST)))
                .isFalse();
    }
}
