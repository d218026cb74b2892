package org.postbag.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.postbag.infrastructure.Config;

/**
 * Passwords are kept as PBKDF2 hashes made by the platform's own {@link Pbkdf2PasswordHash}:
 * HMAC-SHA512, 210,000 iterations, a 32-byte salt (OWASP's advice for PBKDF2).
 *
 * <p>A check costs a core a good fraction of a second, and anyone may ask for one, so only a
 * few run at once ({@code POSTBAG_PASSWORD_CHECKS}, default one per processor). A check that
 * finds no room within {@code POSTBAG_PASSWORD_CHECK_WAIT_MILLIS} (default 2,000) is refused
 * with {@link Busy}, rather than keep a request thread waiting behind a crowd of guesses.
 */
@ApplicationScoped
public class Passwords {

    public static final int SHORTEST = 12;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private Config config;

    private Cap checks;

    /** A hash to verify against when there is no account, made at the first need (not at start-up: it costs a PBKDF2 round). */
    private volatile String dummy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        checks = new Cap(
                config.integer("POSTBAG_PASSWORD_CHECKS", Runtime.getRuntime().availableProcessors()),
                Duration.ofMillis(config.integer("POSTBAG_PASSWORD_CHECK_WAIT_MILLIS", 2000)));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * True if the password is the one stored.
     *
     * @throws Busy when too many checks are running to start this one soon
     */
    public boolean matches(String password, String stored) {
        if (stored == null) {
            // Spend the same time as a real check, so that timing does not tell which accounts exist.
            checks.run(() -> hash.verify(password.toCharArray(), dummy()));
            return false;
        }
        return checks.run(() -> hash.verify(password.toCharArray(), stored));
    }

    private String dummy() {
        String made = dummy;
        if (made == null) {
            made = hash.generate("not anyone's password".toCharArray());
            dummy = made;
        }
        return made;
    }

    /** The cap on checks: a test fills it to see what a crowd of sign-ins gets. */
    Cap cap() {
        return checks;
    }

    /** Too many password checks are running: this one was not made, and the password is not known to be right. */
    public static class Busy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Busy() {
            super("Too many password checks at once", null, false, false);
        }
    }

    /** At most so many checks at once; a check waits a bounded time for its turn, then gives up. */
    static final class Cap {

        private final int limit;
        private final Semaphore permits;
        private final Duration wait;

        Cap(int limit, Duration wait) {
            if (limit < 1) {
                throw new IllegalStateException("POSTBAG_PASSWORD_CHECKS must be at least 1, not " + limit);
            }
            this.limit = limit;
            this.permits = new Semaphore(limit, true);
            this.wait = wait.isNegative() ? Duration.ZERO : wait;
        }

        int limit() {
            return limit;
        }

        <T> T run(Supplier<T> check) {
            boolean acquired;
            try {
                acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new Busy();
            }
            if (!acquired) {
                throw new Busy();
            }
            try {
                return check.get();
            } finally {
                permits.release();
            }
        }
    }

    /** Why a new password is not good enough (the bundle key of the reason, {0} the shortest length), or null. */
    public static String weakness(String password) {
        if (password == null || password.length() < SHORTEST) {
            return "refused.password.short";
        }
        if (password.length() > 200) {
            return "refused.password.long";
        }
        if (password.isBlank() || password.chars().distinct().count() < 5) {
            return "refused.password.guessable";
        }
        return null;
    }
}
