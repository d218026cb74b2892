package org.postbag.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Whether the database answers a trivial query, for the readiness check. */
@ApplicationScoped
public class DatabaseCheck {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public boolean answers() {
        try {
            Object one = em.createNativeQuery("SELECT 1")
                    .setHint("jakarta.persistence.query.timeout", 2000)
                    .getSingleResult();
            return one != null;
        } catch (RuntimeException down) {
            return false;
        }
    }
}
