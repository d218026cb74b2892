package org.postbag.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.postbag.infrastructure.Config;

/**
 * There are no default credentials. The first admin comes from {@code POSTBAG_ADMIN_EMAIL}
 * and {@code POSTBAG_ADMIN_PASSWORD} when no admin exists yet; demo mode alone creates the
 * demo editor and admin that the README names.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    public static final String DEMO_EDITOR = "editor@demo.postbag.org";
    public static final String DEMO_ADMIN = "admin@demo.postbag.org";
    public static final String DEMO_EDITOR_PASSWORD = "demo-editor-password";
    public static final String DEMO_ADMIN_PASSWORD = "demo-admin-password";

    @Inject
    private Config config;

    @Inject
    private AccountAdministration administration;

    @PostConstruct
    void createFirstAccounts() {
        String email = config.string("POSTBAG_ADMIN_EMAIL", "");
        String password = config.string("POSTBAG_ADMIN_PASSWORD", "");
        if (!email.isEmpty() && !password.isEmpty()) {
            if (administration.createFirstAdmin(email, config.string("POSTBAG_ADMIN_NAME", "Admin"), password)) {
                LOG.info(() -> "Created the first admin account, " + email);
            }
        } else if (!email.isEmpty() || !password.isEmpty()) {
            LOG.warning("Set both POSTBAG_ADMIN_EMAIL and POSTBAG_ADMIN_PASSWORD to create the first admin");
        }
        if (config.demo()) {
            administration.ensure(DEMO_EDITOR, "Demo Editor", DEMO_EDITOR_PASSWORD, EnumSet.of(Role.EDITOR));
            administration.ensure(DEMO_ADMIN, "Demo Admin", DEMO_ADMIN_PASSWORD, EnumSet.of(Role.EDITOR, Role.ADMIN));
        }
    }
}
