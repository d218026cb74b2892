package org.postbag.letter;

import java.util.List;
import org.postbag.infrastructure.DomainException;

/**
 * The reply links of a letter that are only suggested (by the writer or by citation detection):
 * neither confirmed nor dismissed by an editor. A suggested link is not public, so a letter
 * approved or printed with one would appear without its "Replying to" and outside its thread;
 * approving and making up ask for each to be settled first. The linking feature answers it.
 */
public interface UnsettledLinks {

    /** The pieces a suggested link of the letter points at, as the desk names them: {@code A-2026-0007 “Trams”}. */
    List<String> of(Letter letter);

    /** Refuses {@code doing} ("approved", "put on the page") while the letter has a suggested link. */
    default void requireSettled(Letter letter, String doing) {
        List<String> suggested = of(letter);
        if (!suggested.isEmpty()) {
            throw new DomainException(refusal(letter.reference(), suggested, doing));
        }
    }

    static String refusal(String reference, List<String> suggested, String doing) {
        return reference + " cannot be " + doing + " while its reply "
                + (suggested.size() == 1 ? "link to " : "links to ") + String.join(", ", suggested)
                + (suggested.size() == 1 ? " is" : " are")
                + " only suggested: confirm or dismiss "
                + (suggested.size() == 1 ? "it" : "each")
                + " on the letter's page first.";
    }
}
