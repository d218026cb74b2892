package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The accounts. Callers bring the transaction. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    public void add(Account account) {
        em.persist(account);
    }

    public Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    public long activeAdmins() {
        return em.createNamedQuery("Account.countActiveAdmins", Long.class).getSingleResult();
    }
}
