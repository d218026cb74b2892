package org.postbag.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.postbag.house.Site;
import org.postbag.infrastructure.Config;

/**
 * At every start: in demo mode, fills an empty database with the demo magazine and its
 * accounts; without it, or in a database the demo did not fill, disables the demo accounts.
 * The first admin from the environment comes after this (AccountBootstrap depends on it), so
 * that an empty database is still empty here and a disabled demo admin is not counted.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    @Inject
    private Config config;

    @Inject
    private DemoDatabase database;

    @Inject
    private Site site;

    @PostConstruct
    void start() {
        if (database.start(config.demo()) == DemoDatabase.Outcome.DEMO) {
            site.demoDatabaseInUse();
        }
    }
}
