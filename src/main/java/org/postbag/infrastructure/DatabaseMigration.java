package org.postbag.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date before anything else touches the database, then checks the
 * JPA mapping against it, so that a mapping that drifted from the migrations fails the deploy
 * rather than the first request that meets it.
 *
 * <p>Bean-managed transactions: Flyway manages its own connections and commits.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(name = "jdbc/postbag")
    private DataSource dataSource;

    @PersistenceUnit
    private EntityManagerFactory entityManagerFactory;

    @Inject
    private Config config;

    @PostConstruct
    void migrateAndValidate() {
        // Before anything touches the database: a refused password fails the deploy here.
        DatabasePassword.refusal(config.demo(), config.environment("POSTBAG_DB_PASSWORD"))
                .ifPresent(reason -> {
                    LOG.severe(reason);
                    throw new IllegalStateException(reason);
                });
        if (config.flag("POSTBAG_MIGRATE_ON_START", true)) {
            MigrateResult result = flyway(dataSource).migrate();
            // Flyway names a target version only when it applied something.
            String version =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } else {
            LOG.info("POSTBAG_MIGRATE_ON_START=false: migrations are left to the admin");
        }
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    /** The same migrations for a tool outside the server (the archive's restore command). */
    public static Flyway flyway(String url, String user, String password) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
