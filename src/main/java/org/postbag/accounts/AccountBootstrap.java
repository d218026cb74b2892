package org.postbag.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.postbag.infrastructure.Config;

/**
 * There are no default credentials. The first admin comes from {@code POSTBAG_ADMIN_EMAIL}
 * and {@code POSTBAG_ADMIN_PASSWORD} when no admin exists yet; demo mode alone creates the
 * demo editor and admin that the README names, in a database of its own (DemoStartup, which
 * runs first).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

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
    }
}
