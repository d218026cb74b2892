package org.postbag.letter;

import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Wording;

/** Someone else changed the letter after this editor opened it; nothing was saved. */
public class StaleLetterException extends DomainException {

    private static final long serialVersionUID = 1L;

    public StaleLetterException(String message) {
        super(message);
    }

    public StaleLetterException(Wording wording) {
        super(wording);
    }
}
