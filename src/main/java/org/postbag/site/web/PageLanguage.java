package org.postbag.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.postbag.accounts.Account;
import org.postbag.accounts.CurrentAccount;
import org.postbag.house.Language;
import org.postbag.house.Languages;

/**
 * The language of the page being written: the {@code lang}, {@code dir} and Faces locale of the master template. The
 * public pages and the letter form speak the magazine's language, always (they are cached per language, and a reader
 * has no account); the desk, admin and account pages speak the language the signed-in staff member chose on their
 * account page, else the magazine's. Decided once a request: the account is read once by {@link CurrentAccount}.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    @Inject
    private Languages languages;

    @Inject
    private CurrentAccount me;

    @Inject
    private HttpServletRequest request;

    private Language language;

    private Language language() {
        if (language == null) {
            language = staffPage(pathOf(request))
                    ? languages.chosenOr(me.get().flatMap(Account::language).orElse(null))
                    : languages.magazine();
        }
        return language;
    }

    /** The desk's, the admin's and one's own account pages: where a staff member's own choice counts. */
    static boolean staffPage(String path) {
        return path.startsWith("/editor/")
                || path.equals("/admin")
                || path.startsWith("/admin/")
                || path.equals("/account")
                || path.startsWith("/account.")
                || path.startsWith("/account/");
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
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
