package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.postbag.infrastructure.DomainException;

/** Creating accounts and changing what they may do. */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    private Accounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private Clock clock;

    /** The first admin, from the environment; nothing happens when an admin exists already. */
    @Transactional
    public boolean createFirstAdmin(String email, String name, String password) {
        if (accounts.activeAdmins() > 0 || accounts.byEmail(email).isPresent()) {
            return false;
        }
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw new IllegalStateException("POSTBAG_ADMIN_PASSWORD is too weak: " + weakness);
        }
        create(email, name, password, EnumSet.of(Role.EDITOR, Role.ADMIN));
        return true;
    }

    /** An account with this password and these roles, created if missing (demo mode and tests). */
    @Transactional
    public Account ensure(String email, String name, String password, Set<Role> roles) {
        return accounts.byEmail(email).orElseGet(() -> create(email, name, password, roles));
    }

    @Transactional
    public Account create(String email, String name, String password, Set<Role> roles) {
        if (accounts.byEmail(email).isPresent()) {
            throw new DomainException("There is already an account for " + email + ".");
        }
        Account account = new Account(email, name, roles, clock.instant());
        if (password != null) {
            account.setPasswordHash(passwords.hash(password));
        }
        accounts.add(account);
        return account;
    }
}
