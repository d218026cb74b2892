package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.postbag.letter.Letter;

/** The reply links. Callers bring the transaction. */
@ApplicationScoped
public class ReplyLinks {

    @PersistenceContext
    private EntityManager em;

    public void add(ReplyLink link) {
        em.persist(link);
    }

    public java.util.Optional<ReplyLink> between(Letter letter, org.postbag.publishing.Piece piece) {
        return em.createQuery(
                        "select r from ReplyLink r where r.letter = :letter and r.piece = :piece", ReplyLink.class)
                .setParameter("letter", letter)
                .setParameter("piece", piece)
                .getResultStream()
                .findFirst();
    }

    /** The pieces a letter answers, confirmed or suggested (not dismissed), with their text. */
    public List<org.postbag.publishing.Piece> answeredBy(Letter letter) {
        return em.createQuery(
                        "select p from ReplyLink r join r.piece p left join fetch p.issue where r.letter = :letter"
                                + " and r.status <> org.postbag.linking.ReplyLinkStatus.DISMISSED order by r.createdAt",
                        org.postbag.publishing.Piece.class)
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
