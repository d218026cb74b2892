package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;

/** The pieces, published or registered. Callers bring the transaction. */
@ApplicationScoped
public class Pieces {

    @PersistenceContext
    private EntityManager em;

    public void add(Piece piece) {
        em.persist(piece);
    }

    public Optional<Piece> byReference(String reference) {
        // PostgreSQL refuses a NUL in text with an error, so a reference typed with one (into the
        // desk's link form, say) would answer 500; no stored reference holds one.
        if (reference == null || reference.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return em.createNamedQuery("Piece.byReference", Piece.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** The piece of a letter, if it has one (published, or made earlier for a right of reply). */
    public Optional<Piece> ofLetter(Letter letter) {
        return em.createQuery("select p from Piece p where p.letter = :letter", Piece.class)
                .setParameter("letter", letter)
                .getResultStream()
                .findFirst();
    }

    /**
     * The letter's piece, made now (not yet published) if it has none: something a right of
     * reply can point at before the letter is printed.
     */
    public Piece ofLetterMadeIfMissing(Letter letter) {
        return ofLetter(letter).orElseGet(() -> {
            var text = letter.textForPrint();
            Piece piece = Piece.letter(
                    letter,
                    text.headline() != null ? text.headline() : LetterText.firstWords(text.body(), 8),
                    letter.nameWithheld() ? null : letter.author().name(),
                    text.signOff(),
                    text.body(),
                    null);
            add(piece);
            return piece;
        });
    }

    public String nextArticleReference(int year) {
        long number = ((Number) em.createNativeQuery("select nextval('article_reference_seq')")
                        .getSingleResult())
                .longValue();
        return articleReference(year, number);
    }

    /**
     * Numbers for that many articles in one round trip, in order: an import takes those of a
     * whole batch at once instead of asking once an article. Numbers not used are a gap, as a
     * rolled-back transaction leaves.
     */
    public List<Long> nextArticleNumbers(int count) {
        if (count <= 0) {
            return List.of();
        }
        List<?> numbers = em.createNativeQuery(
                        "select nextval('article_reference_seq') from generate_series(1, ?1) order by 1")
                .setParameter(1, count)
                .getResultList();
        return numbers.stream().map(number -> ((Number) number).longValue()).toList();
    }

    public static String articleReference(int year, long number) {
        return String.format("A-%04d-%05d", year, number);
    }
}
