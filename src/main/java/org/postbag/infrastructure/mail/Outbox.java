package org.postbag.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where emails go: into a table, in the caller's transaction, so that an email exists if
 * and only if the change it reports was committed. {@link OutboxSender} sends them.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<OutboxEnqueued> enqueued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Email email) {
        em.persist(new OutboxMessage(email, clock.instant()));
        enqueued.fire(new OutboxEnqueued(null));
    }

    /**
     * An email that waits {@code grace} before it goes, so that the decision that caused it can
     * still be undone, email and all ({@link #takeBack}). A grace of zero sends it as {@link #send} does.
     *
     * @return when it goes, at the earliest
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant sendAfter(Email email, Duration grace) {
        Instant now = clock.instant();
        // To the microsecond, as PostgreSQL keeps it: the moment the page shows is the one stored.
        Instant notBefore = now.plus(grace.isNegative() ? Duration.ZERO : grace).truncatedTo(ChronoUnit.MICROS);
        em.persist(new OutboxMessage(email, now, notBefore));
        enqueued.fire(new OutboxEnqueued(notBefore));
        return notBefore;
    }

    /**
     * Takes back the letter's emails of this kind that were written with a grace period and have
     * not gone yet. The rows are locked first: one the sender holds is waited for, and is then
     * sent, so not taken back.
     *
     * @return how many were taken back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int takeBack(String letterReference, String kind) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> waiting = em.createNativeQuery(
                        "SELECT * FROM outbox_message WHERE letter_reference = ?1 AND kind = ?2"
                                + " AND status = 'PENDING' AND not_before IS NOT NULL FOR UPDATE",
                        OutboxMessage.class)
                .setParameter(1, letterReference)
                .setParameter(2, kind)
                .getResultList();
        Instant now = clock.instant();
        int taken = 0;
        for (OutboxMessage message : waiting) {
            if (message.cancel(now)) {
                taken++;
            }
        }
        return taken;
    }

    /** The newest messages, for the admins' outbox page. */
    public List<OutboxMessage> latest(int most) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setMaxResults(most)
                .getResultList();
    }

    @Transactional
    public void retry(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            message.retry(clock.instant());
        }
    }
}
