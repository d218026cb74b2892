package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.postbag.accounts.SignInAttemptPurge;
import org.postbag.infrastructure.mail.OutboxPurge;
import org.postbag.letter.LetterPurge;
import org.postbag.letter.WriterPurge;
import org.postbag.linking.LinkingPurge;
import org.postbag.moderation.ModerationPurge;
import org.postbag.publishing.PiecePurge;

/**
 * The steps of forgetting a writer, each in the tables of the feature that owns them (see
 * {@link WriterData} for what is kept). Admin stands above every feature it asks, so it calls
 * their purges directly, in the order the foreign keys need: what points at a row goes before
 * it. Callers bring the transaction.
 */
@ApplicationScoped
public class WriterErasure {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LetterPurge letters;

    @Inject
    private ModerationPurge moderation;

    @Inject
    private LinkingPurge linking;

    @Inject
    private PiecePurge pieces;

    @Inject
    private OutboxPurge outbox;

    @Inject
    private SignInAttemptPurge signIns;

    /** The features above the console that keep something of a writer (the letters mailbox). */
    @Inject
    @Any
    private Instance<WriterPurge> above;

    /** What erasing did, and how many invitation emails no longer quote the writer's letters. */
    public record Done(int deleted, int anonymised, int emails, int invitations, int unquoted) {}

    /** Erases everything about the writer at this (normalised) address. */
    public Done erase(String address, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> written = em.createNativeQuery("SELECT l.id, EXISTS (SELECT 1 FROM piece p"
                        + " WHERE p.letter_id = l.id AND p.published_at IS NOT NULL)"
                        + " FROM letter l WHERE lower(l.author_email) = ?1 FOR UPDATE OF l")
                .setParameter(1, address)
                .getResultList();
        int deleted = 0;
        int anonymised = 0;
        int unquoted = 0;
        for (Object[] letter : written) {
            long id = ((Number) letter[0]).longValue();
            unquoted += linking.unquote(id);
            above.forEach(purge -> purge.forgetKeptWith(id));
            if (Boolean.TRUE.equals(letter[1])) {
                moderation.forgetAbout(id);
                linking.forgetEvidence(id);
                letters.anonymise(id, now);
                anonymised++;
            } else {
                linking.deleteLinksToPiecesOf(id);
                pieces.deletePiecesOf(id);
                letters.delete(id);
                deleted++;
            }
        }
        above.forEach(purge -> purge.forgetAddress(address));
        int emails = outbox.deleteTo(address);
        int invitations = linking.deleteInvitationsTo(address);
        pieces.forgetAuthorAddress(address);
        return new Done(deleted, anonymised, emails, invitations, unquoted);
    }

    /**
     * Forgets, as the retention period says, the contact details of letters closed before
     * {@code cutoff}, the emails sent before it and the sign-in attempts. Returns how many
     * letters lost their details.
     */
    public int purgeOlderThan(Instant cutoff, Instant now) {
        int purged = letters.forgetContactDetailsOfLettersClosedBefore(cutoff, now);
        outbox.deleteSentBefore(cutoff);
        signIns.deleteBefore(cutoff);
        return purged;
    }
}
