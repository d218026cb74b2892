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

    /** What a letter answers (or is suggested to answer), with the pieces loaded. */
    public List<ReplyLink> of(Letter letter) {
        return em.createQuery(
                        "select r from ReplyLink r join fetch r.piece where r.letter = :letter order by r.createdAt, r.id",
                        ReplyLink.class)
                .setParameter("letter", letter)
                .getResultList();
    }
}
