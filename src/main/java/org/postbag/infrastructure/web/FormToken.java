package org.postbag.infrastructure.web;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.postbag.infrastructure.Hashing;

/**
 * The token in every "Write to us" form: when the form was served, a one-time nonce, and a
 * signature. It tells a form sent back too quickly to have been filled in by a person, and
 * the nonce makes a second send of the same form (a double click, a refresh) find the
 * letter the first one stored. No session is needed for either.
 */
public final class FormToken {

    private static final int NONCE_BYTES = 16;
    private static final int SIGNATURE_BYTES = 32;
    private static final int LENGTH = Long.BYTES + NONCE_BYTES + SIGNATURE_BYTES;

    /** A token whose signature checked out. */
    public record Verified(String nonce, Instant issuedAt) {

        public Duration age(Instant now) {
            return Duration.between(issuedAt, now);
        }
    }

    private FormToken() {}

    public static String issue(byte[] key, Instant now) {
        ByteBuffer token = ByteBuffer.allocate(LENGTH);
        token.putLong(now.toEpochMilli());
        token.put(Hashing.randomBytes(NONCE_BYTES));
        token.put(Hashing.hmac(key, Arrays.copyOf(token.array(), Long.BYTES + NONCE_BYTES)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /** The token, if it is ours, unaltered, and no older than {@code maxAge}. */
    public static Optional<Verified> verify(byte[] key, String token, Instant now, Duration maxAge) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(bytes, Long.BYTES + NONCE_BYTES);
        byte[] signature = Arrays.copyOfRange(bytes, Long.BYTES + NONCE_BYTES, LENGTH);
        if (!Hashing.constantTimeEquals(signature, Hashing.hmac(key, signed))) {
            return Optional.empty();
        }
        Instant issuedAt = Instant.ofEpochMilli(ByteBuffer.wrap(bytes).getLong());
        if (issuedAt.isAfter(now.plusSeconds(60)) || issuedAt.plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        String nonce = HexFormat.of().formatHex(Arrays.copyOfRange(bytes, Long.BYTES, Long.BYTES + NONCE_BYTES));
        return Optional.of(new Verified(nonce, issuedAt));
    }
}
