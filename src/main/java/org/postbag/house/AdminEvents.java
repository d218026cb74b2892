package org.postbag.house;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The admins' own audit trail. Callers bring the transaction. */
@ApplicationScoped
public class AdminEvents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AdminEvent(clock.instant(), actor, action, subject, detail));
    }

    /** The newest events, optionally only those of one action. */
    public List<AdminEvent> latest(int most) {
        return em.createQuery("select e from AdminEvent e order by e.at desc, e.id desc", AdminEvent.class)
                .setMaxResults(most)
                .getResultList();
    }
}
