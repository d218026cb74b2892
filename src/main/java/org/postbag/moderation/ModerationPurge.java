package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moderation's part in erasing a writer: the editors' notes on a letter and its likeness to
 * others (both name or quote the writer). A deleted letter takes them with it; this is for a
 * published letter that stays. Callers bring the transaction.
 */
@ApplicationScoped
public class ModerationPurge {

    @PersistenceContext
    private EntityManager em;

    public void forgetAbout(long letterId) {
        em.createNativeQuery("DELETE FROM letter_note WHERE letter_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM letter_similarity WHERE letter_id = ?1 OR similar_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
    }
}
