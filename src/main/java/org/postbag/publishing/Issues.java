package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The magazine's issues. Callers bring the transaction. */
@ApplicationScoped
public class Issues {

    @PersistenceContext
    private EntityManager em;

    public void add(Issue issue) {
        em.persist(issue);
    }

    public Optional<Issue> byNumber(int number) {
        return em.createNamedQuery("Issue.byNumber", Issue.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public List<Issue> all() {
        return em.createNamedQuery("Issue.all", Issue.class).getResultList();
    }
}
