package org.postbag.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivateLinksTest {

    @Test
    void everyPrivateLinkLosesItsTokenAndOtherLinksStay() {
        String email = "Confirm: https://letters.example.org/confirm/AbC-123_x\n"
                + "Follow it: https://letters.example.org/status/Zz9?confirmed=true\n"
                + "Agree: https://letters.example.org/approve-edit/q1w2e3.\n"
                + "Password: https://letters.example.org/welcome/t0k3n\n"
                + "Reply: https://letters.example.org/write?invitation=s3cr3t&x=1\n"
                + "Published: https://letters.example.org/letters/L-2026-00042/trams\n";

        String redacted = PrivateLinks.redact(email);

        assertThat(redacted)
                .doesNotContain("AbC-123_x", "Zz9", "q1w2e3", "t0k3n", "s3cr3t")
                .contains("/confirm/" + PrivateLinks.REDACTED)
                .contains("/status/" + PrivateLinks.REDACTED + "?confirmed=true")
                .contains("/write?invitation=" + PrivateLinks.REDACTED + "&x=1")
                .contains("/letters/L-2026-00042/trams");
        assertThat(PrivateLinks.redact(redacted)).isEqualTo(redacted);
        assertThat(PrivateLinks.redact(null)).isNull();
    }

    @Test
    void theLogSeesPrivatePathsWithoutTheirTokens() {
        assertThat(PrivateLinks.loggable("/status/Zz9")).isEqualTo("/status/-");
        assertThat(PrivateLinks.isPrivate("/status/Zz9", null)).isTrue();
        assertThat(PrivateLinks.isPrivate("/letters/status/x", null)).isFalse();
    }
}
