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

    public String getMagazineName() {
        return settings.magazineName();
    }

    public boolean isDemo() {
        return config.demo();
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
