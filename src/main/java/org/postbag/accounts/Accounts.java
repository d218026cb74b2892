package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Which letters the account may see, read now (an account that is gone sees none). Reads
     * the limits by query rather than through the account's lazy collection, so that it works
     * with or without the caller's transaction.
     */
    public SectionScope sectionScopeOf(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            return SectionScope.NONE;
        }
        if (account.has(Role.ADMIN)) {
            return SectionScope.ALL;
        }
        List<Long> sections = em.createQuery("select s from Account a join a.sectionIds s where a.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList();
        return sections.isEmpty() ? SectionScope.ALL : SectionScope.only(Set.copyOf(sections));
    }

    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    public List<Account> enabledDemo() {
        return em.createNamedQuery("Account.enabledDemo", Account.class).getResultList();
    }

    public Optional<Account> byInvitationHash(String hash) {
        return em.createNamedQuery("Account.byInvitation", Account.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /**
     * The active admins as they are once every other change to them has committed. The rows
     * are locked (in id order, so two callers cannot deadlock) until the transaction ends, and
     * then read again with a fresh snapshot, so that two admins who each demote the other at
     * the same moment cannot leave the magazine with none.
     */
    public List<Long> lockActiveAdmins() {
        em.createNativeQuery("SELECT a.id FROM account a WHERE EXISTS ("
                        + "SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'ADMIN')"
                        + " ORDER BY a.id FOR UPDATE")
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT a.id FROM account a WHERE NOT a.disabled AND EXISTS ("
                        + "SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'ADMIN')")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public long activeAdmins() {
        return em.createNamedQuery("Account.countActiveAdmins", Long.class).getSingleResult();
    }
}
