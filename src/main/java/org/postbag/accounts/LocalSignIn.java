package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.postbag.house.AdminEvents;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;

/**
 * Who may sign in with a password. With single sign-on on, an admin may keep passwords for
 * admins alone (break-glass, for when the provider is down or misconfigured): everyone else
 * then signs in through the provider. Without single sign-on, passwords are the only way in,
 * for everyone, whatever the setting says.
 */
@ApplicationScoped
public class LocalSignIn {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private SingleSignOnSettings singleSignOn;

    @Inject
    private AdminEvents events;

    @Inject
    private Accounts accounts;

    public boolean adminsOnly() {
        return singleSignOn.enabled() && settings.localSignInAdminsOnly();
    }

    public boolean allows(Account account) {
        return !adminsOnly() || account.has(Role.ADMIN);
    }

    /** The admins' rule that only admins sign in with a password. */
    @Transactional
    public boolean setAdminsOnly(boolean adminsOnly, long adminId) {
        Account admin = accounts.byId(adminId).orElseThrow();
        if (!admin.has(Role.ADMIN)) {
            throw new SecurityException("Only admins change the sign-in rules");
        }
        if (adminsOnly && !singleSignOn.enabled()) {
            throw DomainException.of("refused.signIn.noSingleSignOn");
        }
        boolean before = settings.localSignInAdminsOnly();
        if (before == adminsOnly) {
            return false;
        }
        em.createNativeQuery("INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name)"
                        + " DO UPDATE SET value = EXCLUDED.value, version = setting.version + 1")
                .setParameter(1, Settings.Name.LOCAL_SIGN_IN_ADMINS_ONLY.key())
                .setParameter(2, Boolean.toString(adminsOnly))
                .executeUpdate();
        events.record(
                admin.displayName(),
                "SETTING_CHANGED",
                Settings.Name.LOCAL_SIGN_IN_ADMINS_ONLY.environment(),
                before + " → " + adminsOnly);
        settings.refresh();
        return true;
    }
}
