package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FormTokenTest {

    private static final byte[] KEY = "a key of thirty-two bytes exactly".getBytes();
    private static final Instant SERVED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LIFE = Duration.ofDays(2);

    @Test
    void aTokenWeIssuedChecksOutWithItsAge() {
        String token = FormToken.issue(KEY, SERVED);

        FormToken.Verified verified =
                FormToken.verify(KEY, token, SERVED.plusSeconds(95), LIFE).orElseThrow();

        assertThat(verified.issuedAt()).isEqualTo(SERVED);
        assertThat(verified.age(SERVED.plusSeconds(95))).isEqualTo(Duration.ofSeconds(95));
        assertThat(verified.nonce()).hasSize(32);
    }

    @Test
    void everyFormGetsItsOwnNonce() {
        String first = FormToken.issue(KEY, SERVED);
        String second = FormToken.issue(KEY, SERVED);

        assertThat(FormToken.verify(KEY, first, SERVED, LIFE).orElseThrow().nonce())
                .isNotEqualTo(FormToken.verify(KEY, second, SERVED, LIFE)
                        .orElseThrow()
                        .nonce());
    }

    @Test
    void anAlteredTokenIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(FormToken.issue(KEY, SERVED));
        bytes[3] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThat(FormToken.verify(KEY, altered, SERVED, LIFE)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String token = FormToken.issue("another key, also thirty-two by".getBytes(), SERVED);

        assertThat(FormToken.verify(KEY, token, SERVED, LIFE)).isEmpty();
    }

    @Test
    void anOldTokenOrOneFromTheFutureIsRefused() {
        String token = FormToken.issue(KEY, SERVED);

        assertThat(FormToken.verify(KEY, token, SERVED.plus(LIFE).plusSeconds(1), LIFE))
                .isEmpty();
        assertThat(FormToken.verify(KEY, token, SERVED.minusSeconds(120), LIFE)).isEmpty();
    }

    @Test
    void rubbishIsRefusedQuietly() {
        assertThat(FormToken.verify(KEY, null, SERVED, LIFE)).isEmpty();
        assertThat(FormToken.verify(KEY, "", SERVED, LIFE)).isEmpty();
        assertThat(FormToken.verify(KEY, "not base64 !", SERVED, LIFE)).isEmpty();
        assertThat(FormToken.verify(KEY, "x".repeat(1000), SERVED, LIFE)).isEmpty();
    }
}
