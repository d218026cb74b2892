package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Forgets sign-in attempts (they hold network addresses) older than the retention period. */
@ApplicationScoped
public class SignInAttemptPurge {

    @PersistenceContext
    private EntityManager em;

    public void deleteBefore(Instant before) {
        em.createNativeQuery("DELETE FROM sign_in_attempt WHERE at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
