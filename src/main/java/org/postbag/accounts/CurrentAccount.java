package org.postbag.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The account of whoever makes this request, if they signed in. */
@Named("me")
@RequestScoped
public class CurrentAccount {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    private Account account;
    private boolean looked;

    public Optional<Account> get() {
        if (!looked) {
            Principal caller = security.getCallerPrincipal();
            // Accounts are named by email address. WildFly names an anonymous caller
            // "anonymous": readers' pages must not ask the database about that one (it cost a
            // query on every page, and a reader's page while the database is away).
            account = caller == null || !caller.getName().contains("@")
                    ? null
                    : accounts.byEmail(caller.getName()).orElse(null);
            looked = true;
        }
        return Optional.ofNullable(account);
    }

    /** The signed-in account; only for pages and actions that web.xml already keeps to the desk. */
    public Account require() {
        return get().orElseThrow(() -> new SecurityException("Not signed in"));
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean isEditor() {
        return security.isCallerInRole(Role.EDITOR.roleName());
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN.roleName());
    }

    public String getName() {
        return get().map(Account::displayName).orElse("");
    }
}
