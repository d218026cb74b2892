package org.postbag.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        enqueued.fire(new OutboxEnqueued());
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
