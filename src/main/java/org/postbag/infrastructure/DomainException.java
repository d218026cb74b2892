package org.postbag.infrastructure;

import java.util.Locale;
import java.util.Optional;

/**
 * A rule of the domain said no. The message is written for the person who tried, in plain words, because the web
 * layer shows it to them. A refusal made with {@link #of} carries its words as a bundle key ({@link Wording}), and
 * the page shows it in its own language; {@link #getMessage()} is the English text, for logs.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Wording wording;

    public DomainException(String message) {
        super(message);
        this.wording = null;
    }

    public DomainException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    /** A refusal in the words of the bundle's {@code key}, its values filled in the page's language. */
    public static DomainException of(String key, Object... values) {
        return new DomainException(Wording.of(key, values));
    }

    /** The refusal's words as a key, when it was made with one. */
    public Optional<Wording> wording() {
        return Optional.ofNullable(wording);
    }

    /**
     * The text in {@code locale}: the bundle's under the key, or the message as written. A refusal that says several
     * things at once (the settings form's problems) writes them here.
     */
    public String textIn(Locale locale) {
        return wording == null ? getMessage() : wording.in(locale);
    }
}
