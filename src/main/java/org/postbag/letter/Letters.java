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

    /** The letter with this reference; none for text that is not a reference at all. */
    public Optional<Letter> byReference(String reference) {
        return LetterReference.parse(reference).flatMap(this::byReference);
    }

    public Optional<Letter> byReference(LetterReference reference) {
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

    /** How many letters came in the last hour and the last day, counting no further than {@code most}. */
    public record Recent(long lastHour, long lastDay) {}

    /**
     * The rate limits' counts from one address, in one statement that stops at {@code most}
     * letters (the newest first, so the hour's count is right up to that number too). A limit of
     * 0 (no limit) counts nothing.
     */
    public Recent recentFromAddress(String email, Instant hourAgo, Instant dayAgo, int most) {
        return recent("lower(author_email) = lower(?1)", email, hourAgo, dayAgo, most);
    }

    /** The same for one network address (its keyed hash). */
    public Recent recentFromSubmitter(String submitterHash, Instant hourAgo, Instant dayAgo, int most) {
        return recent("submitter_hash = ?1", submitterHash, hourAgo, dayAgo, most);
    }

    private Recent recent(String whose, String key, Instant hourAgo, Instant dayAgo, int most) {
        if (most <= 0) {
            return new Recent(0, 0);
        }
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE received_at >= ?2), count(*)"
                        + " FROM (SELECT received_at FROM letter WHERE " + whose + " AND received_at >= ?3"
                        + " ORDER BY received_at DESC LIMIT ?4) recent")
                .setParameter(1, key)
                .setParameter(2, hourAgo)
                .setParameter(3, dayAgo)
                .setParameter(4, most)
                .getSingleResult();
        return new Recent(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
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
    public LetterReference nextReference(Instant receivedAt) {
        long number = ((Number) em.createNativeQuery("select nextval('letter_reference_seq')")
                        .getSingleResult())
                .longValue();
        return LetterReference.of(receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }

    /** Numbers for that many letters in one round trip, in order (see {@link LetterReference#of}). */
    public List<Long> nextReferenceNumbers(int count) {
        if (count <= 0) {
            return List.of();
        }
        List<?> numbers = em.createNativeQuery(
                        "select nextval('letter_reference_seq') from generate_series(1, ?1) order by 1")
                .setParameter(1, count)
                .getResultList();
        return numbers.stream().map(number -> ((Number) number).longValue()).toList();
    }
}
