package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Linking's part in erasing a writer: the invitations sent to them, the evidence behind their
 * letters' reply links, and the lines of invitation emails that quote their letters. Callers
 * bring the transaction.
 */
@ApplicationScoped
public class LinkingPurge {

    /** The line of the invitation email that quotes the letter, up to the end of the line. */
    static final String QUOTED_LINE = "The letter, from [^\\n]*";

    /** What stands in that line's place once the letter's writer is erased. */
    public static final String UNQUOTED =
            "(The writer of the letter asked us to erase it, so its words are no longer shown.)";

    @PersistenceContext
    private EntityManager em;

    /**
     * The invitation to reply sent about the letter (to the author of the piece it answered)
     * quotes its sign-off and opening words on one line; that line goes, and the record that
     * the email was sent stays. Returns how many emails changed.
     */
    public int unquote(long letterId) {
        return em.createNativeQuery("UPDATE outbox_message SET body = regexp_replace(body, ?2, ?3, 'g'),"
                        + " version = version + 1 WHERE kind = 'invitation' AND body ~ ?2"
                        + " AND letter_reference = (SELECT reference FROM letter WHERE id = ?1)")
                .setParameter(1, letterId)
                .setParameter(2, QUOTED_LINE)
                .setParameter(3, UNQUOTED)
                .executeUpdate();
    }

    /** The detector's evidence quotes the letter ("mentions 'the trams'") and names its writer. */
    public void forgetEvidence(long letterId) {
        em.createNativeQuery("UPDATE reply_link SET evidence = NULL, version = version + 1 WHERE letter_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
    }

    /** Before a letter's pieces are deleted: the reply links that point at them. */
    public void deleteLinksToPiecesOf(long letterId) {
        em.createNativeQuery("DELETE FROM reply_link WHERE piece_id IN (SELECT id FROM piece WHERE letter_id = ?1)")
                .setParameter(1, letterId)
                .executeUpdate();
    }

    /** Returns how many invitations to this address were deleted. */
    public int deleteInvitationsTo(String address) {
        return em.createNativeQuery("DELETE FROM invitation WHERE lower(invitee_email) = ?1")
                .setParameter(1, address)
                .executeUpdate();
    }
}
