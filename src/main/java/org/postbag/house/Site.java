package org.postbag.house;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.postbag.infrastructure.Config;

/** What every page needs to know about the site it belongs to. */
@Named
@ApplicationScoped
public class Site {

    @Inject
    private Config config;

    @Inject
    private Settings settings;

    /** Set at start-up, once the demo has filled this database or found it its own. */
    private volatile boolean demoDatabase;

    public String getMagazineName() {
        return settings.magazineName();
    }

    /**
     * Demo mode on the demo's own database: the banner, the demo accounts on the sign-in page,
     * private links shown whole in the outbox. Demo mode pointed at a real database (which the
     * demo refuses to fill) shows none of that.
     */
    public boolean isDemo() {
        return config.demo() && demoDatabase;
    }

    /** The demo filled this database, or found it filled by itself (DemoStartup). */
    public void demoDatabaseInUse() {
        demoDatabase = true;
    }

    public String getBaseUrl() {
        return config.baseUrl();
    }

    public int getWordLimit() {
        return settings.wordLimit();
    }

    /** Addresses in letters are shown as links (rel="nofollow ugc") or as plain text. */
    public boolean isLinkAddresses() {
        return settings.linkAddresses();
    }
}
