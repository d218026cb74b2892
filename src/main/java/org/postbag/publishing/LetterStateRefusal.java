package org.postbag.publishing;

import java.util.Locale;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.LetterStatus;

/**
 * A refusal that names the state a letter is in ("Letter L-2026-00046 is withdrawn: ..."): the state is itself a text
 * of the bundle ({@code makeup.status.WITHDRAWN}), so the page says both in its language.
 */
final class LetterStateRefusal extends DomainException {

    private static final long serialVersionUID = 1L;

    private static final String STATUS = "makeup.status.";

    private final String reference;
    private final LetterStatus status;

    /** {@code key} is a text whose {0} is the letter's reference and {1} its state. */
    LetterStateRefusal(String key, String reference, LetterStatus status) {
        super(key, new Object[] {reference, Words.in(Locale.ENGLISH, STATUS + status.name())});
        this.reference = reference;
        this.status = status;
    }

    @Override
    public String textIn(Locale locale) {
        return Words.in(locale, key(), reference, Words.in(locale, STATUS + status.name()));
    }
}
