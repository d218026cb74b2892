package org.postbag.infrastructure;

import java.util.Locale;
import org.postbag.infrastructure.web.Words;

/**
 * A rule of the domain said no. The message is written for the person who tried, in plain
 * words, because the web layer shows it to them as it is. A refusal made with {@link #keyed}
 * carries the bundle key of its text and the values of its placeholders, so that the page
 * shows it in the language of the person who tried; its message is the English text, for the
 * log.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] values;

    public DomainException(String message) {
        super(message);
        this.key = null;
        this.values = new Object[0];
    }

    /** A refusal in the bundle's words: the key of its text and the values of its placeholders. */
    protected DomainException(String key, Object[] values) {
        super(Words.in(Locale.ENGLISH, key, values));
        this.key = key;
        this.values = values.clone();
    }

    /** A refusal in the bundle's words ({@code admin.users.refused.lastAdmin}), shown in the page's language. */
    public static DomainException keyed(String key, Object... values) {
        return new DomainException(key, values);
    }

    /** The bundle key of the text, or null when the refusal was written in words. */
    public String key() {
        return key;
    }

    /** The text in {@code locale}: the bundle's under the key, or the message as written. */
    public String textIn(Locale locale) {
        return key == null ? getMessage() : Words.in(locale, key, values);
    }
}
