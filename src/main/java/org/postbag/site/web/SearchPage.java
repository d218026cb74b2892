package org.postbag.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.cdi.Param;
import org.postbag.site.PublicSite;

/**
 * /search?q=trams: published letters and articles, best match first, twenty to a page, at most
 * {@link PublicSite#SEARCH_PAGES} pages; a later page is answered 400 with a message.
 */
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

    private boolean beyondLastPage;

    @PostConstruct
    void search() {
        int number;
        try {
            number = page == null ? 0 : Math.max(0, Integer.parseInt(page) - 1);
        } catch (NumberFormatException e) {
            number = 0;
        }
        beyondLastPage = number >= PublicSite.SEARCH_PAGES;
        if (beyondLastPage) {
            // Never rendered as results, and never kept by the page cache (which keeps only 200s).
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
        results = site.search(query, number);
    }

    /** The address asks for a page after the last one we show. */
    public boolean isBeyondLastPage() {
        return beyondLastPage;
    }

    public int getLastPage() {
        return PublicSite.SEARCH_PAGES;
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
