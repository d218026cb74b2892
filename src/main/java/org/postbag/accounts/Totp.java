package org.postbag.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * a new code every 30 seconds. A code is taken from the step before, the step of, or the step
 * after the server's clock (a phone's clock may be some seconds off, and a person needs a
 * moment to type), and only if its step is later than the last one accepted for the account,
 * so that a code seen over someone's shoulder, or sent twice, does not let anyone in again.
 */
public final class Totp {

    /** Steps either side of now that are still taken. */
    static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final Duration period;
    private final int digits;

    public Totp() {
        this(Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    Totp(Duration period, int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(period, digits, algorithm);
        this.period = period;
        this.digits = digits;
    }

    /** The number of the step that {@code at} falls in. */
    public long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), period.getSeconds());
    }

    /** The code for the step that {@code at} falls in, with its leading zeros. */
    public String code(byte[] secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step(at) * period.getSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable secret", e);
        }
    }

    /**
     * The step of the code, if {@code typed} is the code of a step near {@code now} that is
     * later than {@code lastStep} (null: none accepted yet). Spaces in what was typed are
     * ignored; anything but digits of the right length is refused unchecked.
     */
    public OptionalLong accept(byte[] secret, String typed, Instant now, Long lastStep) {
        String code = typed == null ? "" : typed.replace(" ", "").replace("-", "");
        if (code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            String expected = code(secret, Instant.ofEpochSecond(step * period.getSeconds()));
            // Every step is compared, in constant time, whether or not an earlier one matched.
            if (MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))
                    && (lastStep == null || step > lastStep)
                    && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** What an authenticator app reads from the QR code (the "Key Uri Format" they all follow). */
    public static String keyUri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** RFC 4648 base32 without padding, as authenticator apps take a secret typed in by hand. */
    public static final class Base32 {

        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {}

        public static String encode(byte[] bytes) {
            StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
            int buffer = 0;
            int bits = 0;
            for (byte b : bytes) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                    bits -= 5;
                }
            }
            if (bits > 0) {
                out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
            }
            return out.toString();
        }
    }
}
