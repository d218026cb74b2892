package org.postbag.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords are kept as PBKDF2 hashes made by the platform's own {@link Pbkdf2PasswordHash}:
 * HMAC-SHA512, 210,000 iterations, a 32-byte salt (OWASP's advice for PBKDF2).
 */
@ApplicationScoped
public class Passwords {

    public static final int SHORTEST = 12;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** A hash to verify against when there is no account, made at the first need (not at start-up: it costs a PBKDF2 round). */
    private volatile String dummy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        if (stored == null) {
            // Spend the same time as a real check, so that timing does not tell which accounts exist.
            hash.verify(password.toCharArray(), dummy());
            return false;
        }
        return hash.verify(password.toCharArray(), stored);
    }

    private String dummy() {
        String made = dummy;
        if (made == null) {
            made = hash.generate("not anyone's password".toCharArray());
            dummy = made;
        }
        return made;
    }

    /** Why a new password is not good enough, or null. */
    public static String weakness(String password) {
        if (password == null || password.length() < SHORTEST) {
            return "Choose a password of at least " + SHORTEST + " characters";
        }
        if (password.length() > 200) {
            return "Choose a password of 200 characters or fewer";
        }
        if (password.isBlank() || password.chars().distinct().count() < 5) {
            return "Choose a password that is harder to guess";
        }
        return null;
    }
}
