package org.postbag.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Bundle texts with placeholders where {@code h:outputFormat} cannot go: in attributes and titles.
 * {@code #{words.fill('search.description', site.magazineName)}}.
 */
@Named("words")
@ApplicationScoped
public class PageWords {

    public String fill(String key, Object first) {
        return Words.of(FacesContext.getCurrentInstance(), key, first);
    }

    public String fill2(String key, Object first, Object second) {
        return Words.of(FacesContext.getCurrentInstance(), key, first, second);
    }

    public String fill3(String key, Object first, Object second, Object third) {
        return Words.of(FacesContext.getCurrentInstance(), key, first, second, third);
    }
}
