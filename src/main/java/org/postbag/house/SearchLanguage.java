package org.postbag.house;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Keeps full-text search in the magazine's language: the PostgreSQL text-search configuration named after the
 * language ({@code german}, {@code french}, {@code arabic}), or {@code simple} (no stemming, every word as written)
 * where PostgreSQL has none. At start-up and every minute it compares the configuration in use with the language
 * setting; on a change it records the new one and rebuilds every letter's and piece's search vector with it, which
 * rebuilds the indexes. Every server of a cluster runs it; the first to see a change rebuilds, under a row lock, and
 * the others then find nothing to do.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchLanguage {

    private static final Logger LOG = Logger.getLogger(SearchLanguage.class.getName());

    /** What PostgreSQL searches with when it has no stemmer for the language. */
    static final String SIMPLE = "simple";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Languages languages;

    @PostConstruct
    void atStart() {
        follow();
    }

    @Schedule(hour = "*", minute = "*", second = "35", persistent = false)
    void everyMinute() {
        follow();
    }

    /** Follows the language setting now; returns the configuration in use afterwards. */
    public String follow() {
        String wanted = configurationFor(languages.magazine().locale());
        if (wanted.equals(inUse(false))) {
            return wanted;
        }
        String current = inUse(true);
        if (!wanted.equals(current)) {
            em.createNativeQuery("UPDATE search_language SET configuration = CAST(?1 AS regconfig) WHERE id = 1")
                    .setParameter(1, wanted)
                    .executeUpdate();
            int letters = rebuild("letter", wanted);
            int pieces = rebuild("piece", wanted);
            LOG.info(() -> "Search now stems in '" + wanted + "' (was '" + current + "'): " + letters + " letters and "
                    + pieces + " pieces indexed again");
        }
        return wanted;
    }

    /** The configuration in use, read by the searches themselves from the database. */
    public String inUse() {
        return inUse(false);
    }

    private String inUse(boolean lock) {
        return (String) em.createNativeQuery("SELECT CAST(configuration AS text) FROM search_language WHERE id = 1"
                        + (lock ? " FOR UPDATE" : ""))
                .getSingleResult();
    }

    private int rebuild(String table, String configuration) {
        return em.createNativeQuery("UPDATE " + table + " SET search_configuration = CAST(?1 AS regconfig)"
                        + " WHERE search_configuration <> CAST(?1 AS regconfig)")
                .setParameter(1, configuration)
                .executeUpdate();
    }

    /** PostgreSQL names its configurations after the language in English: "german", "french", "arabic". */
    public String configurationFor(Locale locale) {
        String name = locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT CAST(cfgname AS text) FROM pg_ts_config WHERE cfgname = ?1")
                .setParameter(1, name)
                .getResultList();
        return found.isEmpty() ? SIMPLE : found.get(0);
    }
}
