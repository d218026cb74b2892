package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The seed of RFC 6238's appendix B for HMAC-SHA1: the ASCII digits 1 to 0, twice. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final Totp totp = new Totp();

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void makesTheCodesOfRfc6238AppendixB(long seconds, String expected) {
        Totp eightDigits =
                new Totp(Duration.ofSeconds(30), 8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

        assertThat(eightDigits.code(RFC_SEED, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcCodes() {
        // Truncation is modulo 10^digits, so the six-digit code is the eight-digit one's tail.
        assertThat(totp.code(RFC_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.code(RFC_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void takesTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        long current = totp.step(now);

        assertThat(totp.accept(RFC_SEED, codeAt(now.minusSeconds(30)), now, null))
                .hasValue(current - 1);
        assertThat(totp.accept(RFC_SEED, codeAt(now), now, null)).hasValue(current);
        assertThat(totp.accept(RFC_SEED, codeAt(now.plusSeconds(30)), now, null))
                .hasValue(current + 1);
        assertThat(totp.accept(RFC_SEED, codeAt(now.minusSeconds(60)), now, null))
                .isEmpty();
        assertThat(totp.accept(RFC_SEED, codeAt(now.plusSeconds(60)), now, null))
                .isEmpty();
    }

    @Test
    void aCodeIsTakenOnceAndNoOlderOneAfterIt() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String code = codeAt(now);
        OptionalLong first = totp.accept(RFC_SEED, code, now, null);

        assertThat(first).isPresent();
        assertThat(totp.accept(RFC_SEED, code, now.plusSeconds(10), first.getAsLong()))
                .isEmpty();
        assertThat(totp.accept(RFC_SEED, codeAt(now.minusSeconds(30)), now, first.getAsLong()))
                .isEmpty();
        assertThat(totp.accept(RFC_SEED, codeAt(now.plusSeconds(30)), now.plusSeconds(30), first.getAsLong()))
                .hasValue(first.getAsLong() + 1);
    }

    @Test
    void refusesWhatCannotBeACodeAndIgnoresSpaces() {
        Instant now = Instant.ofEpochSecond(1_700_000_015);
        String code = codeAt(now);

        assertThat(totp.accept(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now, null))
                .isPresent();
        assertThat(totp.accept(RFC_SEED, null, now, null)).isEmpty();
        assertThat(totp.accept(RFC_SEED, "", now, null)).isEmpty();
        assertThat(totp.accept(RFC_SEED, code + "0", now, null)).isEmpty();
        assertThat(totp.accept(RFC_SEED, "12345a", now, null)).isEmpty();
        byte[] another = "another secret of 20b".getBytes(StandardCharsets.US_ASCII);
        assertThat(totp.code(another, now)).isNotEqualTo(code);
        assertThat(totp.accept(another, code, now, null))
                .as("another account's secret")
                .isEmpty();
    }

    @Test
    void writesTheKeyUriThatAuthenticatorAppsRead() {
        assertThat(Totp.keyUri("Postbag desk", "ed@example.org", RFC_SEED))
                .isEqualTo("otpauth://totp/Postbag%20desk:ed%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Postbag%20desk&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void base32IsRfc4648() {
        // RFC 4648 section 10, without padding.
        assertThat(Totp.Base32.encode("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Totp.Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.Base32.encode("fo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXQ");
        assertThat(Totp.Base32.encode("foo".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6");
        assertThat(Totp.Base32.encode("foob".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YQ");
        assertThat(Totp.Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YTB");
        assertThat(Totp.Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YTBOI");
    }

    private String codeAt(Instant at) {
        return totp.code(RFC_SEED, at);
    }
}
