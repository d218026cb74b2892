package org.postbag.publishing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.cdi.Param;
import org.postbag.publishing.PublicSite;

/** /search?q=trams: published letters and articles, best match first, twenty to a page. */
@Named("search")
@RequestScoped
public class SearchPage {

    @Inject
    @Param(name = "q")
    private String query;

    @Inject
    @Param(name = "page")
    private String page;

    @Inject
    private PublicSite site;

    private PublicSite.SearchResults results;

    @PostConstruct
    void search() {
        int number;
        try {
            number = page == null ? 0 : Math.max(0, Integer.parseInt(page) - 1);
        } catch (NumberFormatException e) {
            number = 0;
        }
        results = site.search(query, number);
    }

    public PublicSite.SearchResults getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public String pageLink(int offset) {
        return "/search?q=" + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8) + "&page="
                + (results.page() + 1 + offset);
    }
}
