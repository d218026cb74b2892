package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The letters, as a collection. Callers bring the transaction. */
@ApplicationScoped
public class Letters {

    @PersistenceContext
    private EntityManager em;

    public void add(Letter letter) {
        em.persist(letter);
    }

    public Optional<Letter> byReference(String reference) {
        return em.createNamedQuery("Letter.byReference", Letter.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    public Optional<Letter> bySubmissionKey(String key) {
        return em.createNamedQuery("Letter.bySubmissionKey", Letter.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The letter a private link points at: the link holds the token, the table its hash. */
    public Optional<Letter> byAccessTokenHash(String hash) {
        return em.createNamedQuery("Letter.byAccessTokenHash", Letter.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    public long countFromAddressSince(String email, Instant since) {
        return em.createNamedQuery("Letter.countFromAddressSince", Long.class)
                .setParameter("email", email)
                .setParameter("since", since)
                .getSingleResult();
    }

    public long countFromSubmitterSince(String submitterHash, Instant since) {
        return em.createNamedQuery("Letter.countFromSubmitterSince", Long.class)
                .setParameter("submitter", submitterHash)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Letters with the same text (by fingerprint) received since then, oldest first. */
    public List<Letter> sameTextSince(String bodyHash, Instant since) {
        return em.createNamedQuery("Letter.sameTextSince", Letter.class)
                .setParameter("bodyHash", bodyHash)
                .setParameter("since", since)
                .setMaxResults(20)
                .getResultList();
    }

    /** Deletes letters never confirmed and received before then; returns how many. */
    public int deleteUnconfirmedReceivedBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM letter WHERE status = 'UNCONFIRMED' AND received_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
    }

    /** A new public reference, {@code L-<year received>-<number>}, unique for all time. */
    public String nextReference(Instant receivedAt) {
        long number = ((Number) em.createNativeQuery("select nextval('letter_reference_seq')")
                        .getSingleResult())
                .longValue();
        return LetterReference.format(receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }
}
