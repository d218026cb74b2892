package org.postbag.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.postbag.site.PublicSite;

/** The home page: the letters page of the latest issue that has one. */
@Named
@RequestScoped
public class LettersPage {

    @Inject
    private PublicSite site;

    private PublicSite.IssuePage page;

    @PostConstruct
    void load() {
        page = site.latestPage().orElse(null);
    }

    public PublicSite.IssuePage getPage() {
        return page;
    }
}
