package org.postbag.house;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;

/**
 * The magazine's house rules. An admin may change them at run time (they are kept in the
 * {@code setting} table); until then each comes from its environment variable, or a default.
 * Values are read again at most every few seconds, so a change reaches every server of a
 * cluster within that time.
 */
@ApplicationScoped
public class Settings {

    /** The settings an admin can change, with the environment variable that gives the default. */
    public enum Name {
        MAGAZINE_NAME("POSTBAG_MAGAZINE_NAME", "Postbag"),
        LANGUAGE("POSTBAG_LANGUAGE", "en-GB"),
        WORD_LIMIT("POSTBAG_WORD_LIMIT", "350"),
        LINK_ADDRESSES("POSTBAG_LINK_ADDRESSES", "false"),
        UNCONFIRMED_RETENTION_DAYS("POSTBAG_UNCONFIRMED_RETENTION_DAYS", "7"),
        CONTACT_RETENTION_DAYS("POSTBAG_CONTACT_RETENTION_DAYS", "180"),
        REQUIRE_SECOND_FACTOR("POSTBAG_REQUIRE_SECOND_FACTOR", "false"),
        LOCAL_SIGN_IN_ADMINS_ONLY("POSTBAG_LOCAL_SIGN_IN_ADMINS_ONLY", "false"),
        DECISION_EMAIL_GRACE_SECONDS("POSTBAG_DECISION_EMAIL_GRACE_SECONDS", "60");

        private final String environment;
        private final String fallback;

        Name(String environment, String fallback) {
            this.environment = environment;
            this.fallback = fallback;
        }

        public String environment() {
            return environment;
        }

        public String key() {
            return name().toLowerCase().replace('_', '.');
        }
    }

    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private volatile Map<String, String> stored = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public String string(Name name) {
        // An override (tests, a run with a scope of its own) wins even over what an admin stored.
        Optional<String> forced = config.override(name.environment);
        if (forced.isPresent()) {
            return forced.get();
        }
        String value = stored().get(name.key());
        return value != null ? value : config.string(name.environment, name.fallback);
    }

    public int integer(Name name) {
        try {
            return Integer.parseInt(string(name).strip());
        } catch (NumberFormatException e) {
            return Integer.parseInt(name.fallback);
        }
    }

    public String magazineName() {
        return string(Name.MAGAZINE_NAME);
    }

    /** The language tag the magazine prints in, as set; {@link Languages#magazine()} says which one is used. */
    public String language() {
        return string(Name.LANGUAGE).strip();
    }

    public int wordLimit() {
        return integer(Name.WORD_LIMIT);
    }

    public boolean linkAddresses() {
        return Boolean.parseBoolean(string(Name.LINK_ADDRESSES));
    }

    public Duration unconfirmedRetention() {
        return Duration.ofDays(integer(Name.UNCONFIRMED_RETENTION_DAYS));
    }

    public Duration contactRetention() {
        return Duration.ofDays(integer(Name.CONTACT_RETENTION_DAYS));
    }

    /** Whether every local account must sign in with a second factor (set one up if it has none). */
    public boolean requireSecondFactor() {
        return Boolean.parseBoolean(string(Name.REQUIRE_SECOND_FACTOR).strip());
    }

    /**
     * Whether only admins may sign in with a password (break-glass), everyone else through the
     * OpenID provider. Has no effect while single sign-on is off.
     */
    public boolean localSignInAdminsOnly() {
        return Boolean.parseBoolean(string(Name.LOCAL_SIGN_IN_ADMINS_ONLY).strip());
    }

    /**
     * How long an email caused by a decision (a rejection that tells the writer) waits before it
     * goes, so that Undo can still take it back. Zero sends at once; at most an hour.
     */
    public Duration decisionEmailGrace() {
        return Duration.ofSeconds(Math.max(0, Math.min(3600, integer(Name.DECISION_EMAIL_GRACE_SECONDS))));
    }

    /** Forget what was read, so that the next read sees a change made just now. */
    public void refresh() {
        readAt = Instant.EPOCH;
    }

    private Map<String, String> stored() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(FRESHNESS) > 0) {
            Map<String, String> fresh = new HashMap<>();
            try {
                @SuppressWarnings("unchecked")
                List<Object[]> rows =
                        em.createNativeQuery("SELECT name, value FROM setting").getResultList();
                for (Object[] row : rows) {
                    fresh.put((String) row[0], (String) row[1]);
                }
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // While the database is away, pages (the "try again" page among them) go on with
                // the settings last read; the next read after FRESHNESS tries again.
                readAt = now;
                return stored;
            }
            stored = Map.copyOf(fresh);
            readAt = now;
        }
        return stored;
    }
}
