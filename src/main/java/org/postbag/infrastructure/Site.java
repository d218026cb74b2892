package org.postbag.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page needs to know about the site it belongs to. */
@Named
@ApplicationScoped
public class Site {

    @Inject
    private Config config;

    public String getMagazineName() {
        return config.string("POSTBAG_MAGAZINE_NAME", "Postbag");
    }

    public boolean isDemo() {
        return config.demo();
    }

    public String getBaseUrl() {
        return config.baseUrl();
    }

    /** Addresses in letters are shown as links (rel="nofollow ugc") or as plain text. */
    public boolean isLinkAddresses() {
        return config.flag("POSTBAG_LINK_ADDRESSES", false);
    }
}
