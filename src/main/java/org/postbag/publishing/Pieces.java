package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The pieces, published or registered. Callers bring the transaction. */
@ApplicationScoped
public class Pieces {

    @PersistenceContext
    private EntityManager em;

    public void add(Piece piece) {
        em.persist(piece);
    }

    public Optional<Piece> byReference(String reference) {
        return em.createNamedQuery("Piece.byReference", Piece.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    public List<Piece> lettersPublishedIn(Issue issue) {
        return em.createNamedQuery("Piece.publishedInIssue", Piece.class)
                .setParameter("issue", issue)
                .getResultList();
    }

    /** The newest issue that has a published letter, if any has. */
    public Optional<Issue> latestIssueWithLetters() {
        return em.createNamedQuery("Piece.latestIssueWithLetters", Issue.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public String nextArticleReference(int year) {
        long number = ((Number) em.createNativeQuery("select nextval('article_reference_seq')")
                        .getSingleResult())
                .longValue();
        return String.format("A-%04d-%05d", year, number);
    }
}
