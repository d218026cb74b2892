package org.postbag.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postbag.house.Languages;
import org.postbag.infrastructure.web.PageVariant;

/** The public pages differ by the magazine's language, which an admin may change at run time. */
@ApplicationScoped
public class LanguageVariant implements PageVariant {

    @Inject
    private Languages languages;

    @Override
    public String current() {
        return languages.magazine().tag();
    }
}
