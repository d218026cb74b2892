package org.postbag.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.postbag.infrastructure.Wording;

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

    /** What a service or a bean said as a {@link Wording}, in the page's words; any other text as it is. */
    public String say(Object words) {
        return words instanceof Wording wording
                ? Words.of(FacesContext.getCurrentInstance(), wording)
                : words == null ? "" : words.toString();
    }

    public String fill3(String key, Object first, Object second, Object third) {
        return Words.of(FacesContext.getCurrentInstance(), key, first, second, third);
    }
}
