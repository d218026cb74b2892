package org.postbag.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.postbag.infrastructure.persistence.Columns;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;

/**
 * One number for everything public: it moves, in the same transaction, whenever a letter is
 * published, taken down or corrected. Public pages are cached against it; each server reads
 * it at most once a second, so a change reaches every server of a cluster within a second.
 */
@ApplicationScoped
public class PublicationState {

    /** The state as a page cache sees it: a version and when it changed (for Last-Modified). */
    public record Version(long number, Instant changedAt) {}

    private static final Duration FRESHNESS = Duration.ofSeconds(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private volatile Version known;
    private volatile Instant readAt = Instant.EPOCH;

    /** Something public changed; call inside the transaction that changed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("UPDATE publication_state SET version = version + 1, changed_at = ?1 WHERE id = 1")
                .setParameter(1, clock.instant())
                .executeUpdate();
        readAt = Instant.EPOCH;
    }

    public Version current() {
        Instant now = clock.instant();
        if (known == null || Duration.between(readAt, now).compareTo(FRESHNESS) >= 0) {
            Object[] row;
            try {
                row = (Object[]) em.createNativeQuery("SELECT version, changed_at FROM publication_state WHERE id = 1")
                        .getSingleResult();
            } catch (RuntimeException failure) {
                if (known == null || !DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // The database is away: the pages rendered for the last version read are served
                // meanwhile (stale by at most the outage), and the database is asked again a
                // second later.
                readAt = now;
                return known;
            }
            known = new Version(((Number) row[0]).longValue(), Columns.instant(row[1]));
            readAt = now;
        }
        return known;
    }

    /**
     * The version read within the last second, or null when it is older (or was never read):
     * never asks the database, so it can be called where a request must not wait.
     */
    public Version recent() {
        Instant read = readAt; // read before known: current() writes known first
        Version version = known;
        return version != null && Duration.between(read, clock.instant()).compareTo(FRESHNESS) < 0 ? version : null;
    }
}
