package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.postbag.letter.Letter;
import org.postbag.letter.UnsettledLinks;

/** The letter's reply links still only suggested, for the approval and make-up rules below linking. */
@ApplicationScoped
public class SuggestedLinks implements UnsettledLinks {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<String> of(Letter letter) {
        return em.createQuery(
                        "select p.reference, p.title from ReplyLink r join r.piece p where r.letter = :letter"
                                + " and r.status = :suggested order by r.createdAt, r.id",
                        Object[].class)
                .setParameter("letter", letter)
                .setParameter("suggested", ReplyLinkStatus.SUGGESTED)
                .getResultStream()
                .map(row -> row[0] + " “" + row[1] + "”")
                .toList();
    }
}
