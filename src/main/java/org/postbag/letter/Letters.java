package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** A new public reference, {@code L-<year received>-<number>}, unique for all time. */
    public String nextReference(Instant receivedAt) {
        long number = ((Number) em.createNativeQuery("select nextval('letter_reference_seq')")
                        .getSingleResult())
                .longValue();
        return LetterReference.format(receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }
}
