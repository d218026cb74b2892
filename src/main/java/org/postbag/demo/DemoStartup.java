package org.postbag.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.postbag.infrastructure.Config;

/** In demo mode, and only then, fills an empty database with the demo magazine. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    @Inject
    private Config config;

    @Inject
    private DemoContent content;

    @PostConstruct
    void loadDemoContent() {
        if (config.demo()) {
            content.loadIfEmpty();
        }
    }
}
