package org.postbag.submission.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.postbag.infrastructure.Hashing;

/**
 * What lets the page after sending show a letter's reference and length to its writer and to
 * nobody else: the form is stateless, so the redirect carries a signature of the reference,
 * and /sent shows details only for a reference signed with the application's key. Anyone can
 * type a reference; nobody without the key can sign one.
 */
final class SentReceipt {

    static final String KEY = "sent-receipt";

    /** 128 bits: more than enough against guessing, and a short address. */
    private static final int SIGNATURE_BYTES = 16;

    private SentReceipt() {}

    static String sign(byte[] key, String reference) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature(key, reference));
    }

    static boolean verify(byte[] key, String reference, String signature) {
        if (reference == null || signature == null || signature.length() > 64) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return Hashing.constantTimeEquals(given, signature(key, reference));
    }

    private static byte[] signature(byte[] key, String reference) {
        return Arrays.copyOf(Hashing.hmac(key, reference.getBytes(StandardCharsets.UTF_8)), SIGNATURE_BYTES);
    }
}
