package org.postbag.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentReceiptTest {

    private static final byte[] KEY = "a key of thirty-two bytes exactly".getBytes();
    private static final byte[] OTHER_KEY = "another key of thirty-two bytes!".getBytes();

    @Test
    void theSignatureOfAReferenceChecksOut() {
        String signature = SentReceipt.sign(KEY, "L-2026-00042");

        assertThat(signature).matches("[A-Za-z0-9_-]{22}");
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", signature)).isTrue();
    }

    @Test
    void itSignsThatReferenceOnlyAndOnlyWithOurKey() {
        String signature = SentReceipt.sign(KEY, "L-2026-00042");

        assertThat(SentReceipt.verify(KEY, "L-2026-00043", signature)).isFalse();
        assertThat(SentReceipt.verify(OTHER_KEY, "L-2026-00042", signature)).isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", SentReceipt.sign(OTHER_KEY, "L-2026-00042")))
                .isFalse();
    }

    @Test
    void aMissingOrMalformedSignatureIsRefused() {
        String signature = SentReceipt.sign(KEY, "L-2026-00042");

        assertThat(SentReceipt.verify(KEY, "L-2026-00042", null)).isFalse();
        assertThat(SentReceipt.verify(KEY, null, signature)).isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", "")).isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", "not base64!")).isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", signature.substring(0, 21)))
                .isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", signature + "AAAA")).isFalse();
        assertThat(SentReceipt.verify(KEY, "L-2026-00042", "A".repeat(100))).isFalse();
    }
}
