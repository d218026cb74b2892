package org.postbag.house;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The magazine's sections, as a collection. Reads bring their own transaction; changes are the callers'. */
@ApplicationScoped
public class Sections {

    @PersistenceContext
    private EntityManager em;

    public void add(Section section) {
        em.persist(section);
    }

    /** Every section, by name. */
    @Transactional
    public List<Section> all() {
        return em.createNamedQuery("Section.all", Section.class).getResultList();
    }

    /** Section names by id, in the order of {@link #all()}: for pages that show a letter's section. */
    @Transactional
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        all().forEach(section -> names.put(section.id(), section.name()));
        return names;
    }

    public Optional<Section> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Section.class, id));
    }

    public Optional<Section> bySlug(String slug) {
        return em.createNamedQuery("Section.bySlug", Section.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Whether another section than {@code except} already has this name, in any case. */
    public boolean nameTaken(String name, Long except) {
        return em.createQuery("select s from Section s where lower(s.name) = lower(:name)", Section.class)
                .setParameter("name", name.strip())
                .getResultStream()
                .anyMatch(section -> !section.id().equals(except));
    }
}
