package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages taken from the letters mailbox. */
@ApplicationScoped
public class MailboxMessages {

    @PersistenceContext
    private EntityManager em;

    public Optional<MailboxMessage> byMessageId(String messageId) {
        return Optional.ofNullable(em.find(MailboxMessage.class, messageId));
    }

    public void add(MailboxMessage message) {
        em.persist(message);
        em.flush();
    }

    /** The desk's "could not read" list. */
    public List<MailboxMessage> unreadableNewestFirst(int max) {
        return em.createNamedQuery("MailboxMessage.unreadableNewestFirst", MailboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    public int deleteTakenBefore(Instant before) {
        return em.createQuery("delete from MailboxMessage m where m.takenAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
