package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The reasons editors choose from when they reject a letter. */
@ApplicationScoped
public class RejectionTemplates {

    @PersistenceContext
    private EntityManager em;

    public List<RejectionTemplate> all() {
        return em.createQuery("select t from RejectionTemplate t order by t.name", RejectionTemplate.class)
                .getResultList();
    }

    public Optional<RejectionTemplate> byId(long id) {
        return Optional.ofNullable(em.find(RejectionTemplate.class, id));
    }

    public void add(RejectionTemplate template) {
        em.persist(template);
    }

    public void remove(RejectionTemplate template) {
        em.remove(em.contains(template) ? template : em.merge(template));
    }
}
