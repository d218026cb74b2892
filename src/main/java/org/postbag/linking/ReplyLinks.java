package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.postbag.letter.Letter;
import org.postbag.publishing.Piece;

/** The reply links. Callers bring the transaction. */
@ApplicationScoped
public class ReplyLinks {

    @PersistenceContext
    private EntityManager em;

    public void add(ReplyLink link) {
        em.persist(link);
    }

    public Optional<ReplyLink> between(Letter letter, Piece piece) {
        return em.createQuery(
                        "select r from ReplyLink r where r.letter = :letter and r.piece = :piece", ReplyLink.class)
                .setParameter("letter", letter)
                .setParameter("piece", piece)
                .getResultStream()
                .findFirst();
    }

    /** The pieces a letter answers, confirmed or suggested (not dismissed), with their text. */
    public List<Piece> answeredBy(Letter letter) {
        return em.createQuery(
                        "select p from ReplyLink r join r.piece p left join fetch p.issue where r.letter = :letter"
                                + " and r.status <> org.postbag.linking.ReplyLinkStatus.DISMISSED order by r.createdAt",
                        Piece.class)
                .setParameter("letter", letter)
                .getResultList();
    }

    /** What a letter answers (or is suggested to answer), with the pieces loaded. */
    public List<ReplyLink> of(Letter letter) {
        return em.createQuery(
                        "select r from ReplyLink r join fetch r.piece where r.letter = :letter order by r.createdAt, r.id",
                        ReplyLink.class)
                .setParameter("letter", letter)
                .getResultList();
    }
}
