package org.postbag.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.Secrets;

/**
 * The keys of the second factor: the one that seals each account's code secret (AES-GCM, bound
 * to the account), the one that hashes recovery codes, and the one that seals the "password
 * passed, code pending" token of a sign-in. All three come from one master key. Where the
 * server is given {@code POSTBAG_SECOND_FACTOR_KEY} (32 random bytes, base64) it is that, and a
 * dump of the database alone gives away no secret, no recovery code and no way to forge a
 * pending sign-in. Without it the master key is one the application keeps in its database,
 * like its other keys: the factor still works, but a dump then holds everything needed to
 * read it, and the log says so once at start.
 */
@ApplicationScoped
public class SecondFactorKeys {

    static final String ENVIRONMENT = "POSTBAG_SECOND_FACTOR_KEY";

    private static final Logger LOG = Logger.getLogger(SecondFactorKeys.class.getName());
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    private Config config;

    @Inject
    private Secrets secrets;

    private byte[] environmentKey;

    @PostConstruct
    void read() {
        Optional<String> given = config.value(ENVIRONMENT).map(String::strip).filter(v -> !v.isEmpty());
        if (given.isPresent()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(given.get());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalStateException(ENVIRONMENT + " must be base64 (32 random bytes)", notBase64);
            }
            if (key.length < 32) {
                throw new IllegalStateException(ENVIRONMENT + " must hold at least 32 bytes");
            }
            environmentKey = key;
        } else {
            LOG.warning(ENVIRONMENT + " is not set: second-factor secrets are sealed with a key kept in the"
                    + " database, so a dump of the database would give them away");
        }
    }

    /** The secret sealed for this account, as it is stored. */
    String seal(long accountId, byte[] secret) {
        return prefix()
                + Base64.getEncoder().encodeToString(encrypt(key("totp-secret"), aad("account", accountId), secret));
    }

    /** The account's secret, or empty when it was sealed with another key or for another account. */
    Optional<byte[]> open(long accountId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        int colon = sealed.indexOf(':');
        byte[] key = sealed.startsWith("env:") && environmentKey != null
                ? derive(environmentKey, "totp-secret")
                : sealed.startsWith("db:") ? derive(secrets.key("second-factor"), "totp-secret") : null;
        if (key == null || colon < 0) {
            return Optional.empty();
        }
        try {
            return decrypt(key, aad("account", accountId), Base64.getDecoder().decode(sealed.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** A recovery code's keyed hash, as it is stored. */
    String recoveryCodeHash(String normalisedCode) {
        return Hashing.hmacHex(key("recovery-code"), normalisedCode);
    }

    /** A pending sign-in token: sealed, so that it can be neither read nor altered. */
    String sealToken(byte[] payload) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        encrypt(key("pending-sign-in"), "pending-sign-in".getBytes(StandardCharsets.UTF_8), payload));
    }

    Optional<byte[]> openToken(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        try {
            return decrypt(
                    key("pending-sign-in"),
                    "pending-sign-in".getBytes(StandardCharsets.UTF_8),
                    Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String prefix() {
        return environmentKey != null ? "env:" : "db:";
    }

    private byte[] key(String purpose) {
        return derive(environmentKey != null ? environmentKey : secrets.key("second-factor"), purpose);
    }

    private static byte[] derive(byte[] master, String purpose) {
        return Hashing.hmac(master, ("postbag second factor: " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] aad(String what, long id) {
        return (what + ":" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encrypt(byte[] key, byte[] aad, byte[] plain) {
        byte[] nonce = Hashing.randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static Optional<byte[]> decrypt(byte[] key, byte[] aad, byte[] sealed) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return Optional.of(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (AEADBadTagException altered) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
