package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.postbag.letter.WriterPurge;

/**
 * Erasing a writer forgets what arrived with their letters: the email as received and its
 * attachments (a deleted letter takes its documents with it; a published one, anonymised, keeps
 * none), and the sender and subject the mailbox's log keeps of their messages.
 */
@ApplicationScoped
public class IntakePurge implements WriterPurge {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void forgetKeptWith(long letterId) {
        em.createNativeQuery("DELETE FROM letter_document WHERE letter_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
        em.createNativeQuery("UPDATE mailbox_message SET sender = NULL, subject = NULL WHERE letter_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
    }

    @Override
    public void forgetAddress(String address) {
        em.createNativeQuery("UPDATE mailbox_message SET sender = NULL, subject = NULL"
                        + " WHERE lower(sender) = ?1 OR lower(sender) LIKE ?2")
                .setParameter(1, address)
                .setParameter(2, "%<" + address + ">")
                .executeUpdate();
    }
}
