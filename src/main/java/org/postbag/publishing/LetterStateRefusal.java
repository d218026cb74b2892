package org.postbag.publishing;

import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Wording;
import org.postbag.letter.LetterStatus;

/**
 * A refusal that names the state a letter is in ("Letter L-2026-00046 is withdrawn: ..."): the state is itself a text
 * of the bundle ({@code makeup.status.WITHDRAWN}), so the page says both in its language.
 */
final class LetterStateRefusal extends DomainException {

    private static final long serialVersionUID = 1L;

    private static final String STATUS = "makeup.status.";

    /** {@code key} is a text whose {0} is the letter's reference and {1} its state. */
    LetterStateRefusal(String key, String reference, LetterStatus status) {
        super(Wording.of(key, reference, Wording.of(STATUS + status.name())));
    }
}
