package org.postbag.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.postbag.house.Language;
import org.postbag.house.Languages;

/**
 * The language of the page being written: the {@code lang}, {@code dir} and Faces locale of the master template. Every
 * page speaks the magazine's language for now; a desk account's own choice of language will be decided here too.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    @Inject
    private Languages languages;

    private Language language;

    private Language language() {
        if (language == null) {
            language = languages.magazine();
        }
        return language;
    }

    public Locale getLocale() {
        return language().locale();
    }

    public String getTag() {
        return language().tag();
    }

    public String getDirection() {
        return language().direction();
    }
}
