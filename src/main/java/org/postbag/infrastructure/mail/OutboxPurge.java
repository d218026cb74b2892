package org.postbag.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Forgetting emails: those to a writer who is erased, and those sent longer ago than the retention period. */
@ApplicationScoped
public class OutboxPurge {

    @PersistenceContext
    private EntityManager em;

    /** Returns how many emails to this address were deleted. */
    public int deleteTo(String address) {
        return em.createNativeQuery("DELETE FROM outbox_message WHERE lower(recipient) = ?1")
                .setParameter(1, address)
                .executeUpdate();
    }

    /** Emails still waiting to go are kept, however old. */
    public void deleteSentBefore(Instant before) {
        em.createNativeQuery("DELETE FROM outbox_message WHERE status <> 'PENDING' AND created_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
