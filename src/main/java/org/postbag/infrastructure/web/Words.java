package org.postbag.infrastructure.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Wording;

/**
 * The words a bean says to a person, from the same bundle as the pages ({@code #{msg['write.title']}}) and in the page's
 * language. A text with placeholders is a {@link java.text.MessageFormat} pattern, as with {@code h:outputFormat}: a literal
 * apostrophe in it is written twice.
 */
public final class Words {

    public static final String BUNDLE = Wording.BUNDLE;

    private Words() {}

    /** The text under {@code key} in the language of the view being processed, its placeholders filled in. */
    public static String of(FacesContext context, String key, Object... args) {
        return in(localeOf(context), key, args);
    }

    /**
     * The text under {@code key} in {@code locale}, its placeholders filled in: for pages, and for what Java writes
     * outside a page (parts of emails, the Atom feeds).
     */
    public static String in(Locale locale, String key, Object... args) {
        return Wording.of(key, args).in(locale);
    }

    /** What a service said ({@link Wording}), in the language of the view being processed. */
    public static String of(FacesContext context, Wording wording) {
        return wording.in(localeOf(context));
    }

    /** A refusal in the language of the view: its key's words, or its message where it was written without one. */
    public static String of(FacesContext context, DomainException refusal) {
        return refusal.textIn(localeOf(context));
    }

    /** The language of the view being processed (the Faces locale the master template gives it). */
    public static Locale localeOf(FacesContext context) {
        UIViewRoot view = context == null ? null : context.getViewRoot();
        if (view != null && view.getLocale() != null) {
            return view.getLocale();
        }
        return context == null
                ? Locale.UK
                : context.getApplication().getViewHandler().calculateLocale(context);
    }
}
