package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Forgetting writers, in the letter's own tables (the letter, its flags, events and revisions):
 * for the admin's erasure of one writer, and for the retention period of contact details. The
 * other features clear their own rows first. Callers bring the transaction.
 */
@ApplicationScoped
public class LetterPurge {

    /** Statuses after which nothing more is asked of the writer. */
    static final String CLOSED = "('PUBLISHED', 'REJECTED', 'SPAM', 'WITHDRAWN')";

    @PersistenceContext
    private EntityManager em;

    /**
     * A published letter keeps the text and sign-off as printed (its piece's) and nothing else
     * about its writer: no address, contact details, subject, hashes, flags, notes on its
     * history, nor the revisions behind the print.
     */
    public void anonymise(long id, Instant now) {
        update("DELETE FROM letter_flag WHERE letter_id = ?1", id);
        update("UPDATE letter_event SET note = NULL WHERE letter_id = ?1", id);
        em.createNativeQuery("""
                UPDATE letter l SET
                    author_email = NULL, contact_details = NULL, subject = NULL, citation = NULL, submitter_hash = NULL,
                    access_token_hash = NULL, submission_key = NULL, body_hash = NULL, minhash_bands = NULL,
                    minhash_sketch = NULL,
                    author_name = CASE WHEN l.name_withheld THEN 'Name withheld' ELSE l.author_name END,
                    author_town = CASE WHEN l.name_withheld THEN '' ELSE l.author_town END,
                    original_body = p.body, word_count = coalesce(r.word_count, l.word_count),
                    approved_revision_id = NULL, erased_at = ?2, contact_purged_at = ?2, version = l.version + 1
                FROM piece p LEFT JOIN letter_revision r ON r.id = (SELECT approved_revision_id FROM letter WHERE id = ?1)
                WHERE l.id = ?1 AND p.letter_id = l.id
                """)
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        update("DELETE FROM letter_revision WHERE letter_id = ?1", id);
    }

    /** A letter that was never published goes, with its flags, events and revisions. */
    public void delete(long id) {
        update("UPDATE letter SET approved_revision_id = NULL WHERE id = ?1", id);
        update("DELETE FROM letter WHERE id = ?1", id);
    }

    /**
     * Forgets the address, contact details and sender hash of closed letters (published,
     * rejected, spam, withdrawn) on which nothing has happened since {@code before}. Returns how
     * many letters lost them.
     */
    public int forgetContactDetailsOfLettersClosedBefore(Instant before, Instant now) {
        return em.createNativeQuery(
                        "UPDATE letter l SET author_email = NULL, contact_details = NULL,"
                                + " submitter_hash = NULL, contact_purged_at = ?1, version = l.version + 1"
                                + " WHERE l.contact_purged_at IS NULL AND l.status IN " + CLOSED
                                + " AND l.received_at < ?2"
                                + " AND coalesce((SELECT max(e.at) FROM letter_event e WHERE e.letter_id = l.id), l.received_at) < ?2")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }

    private void update(String sql, Object parameter) {
        em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }
}
