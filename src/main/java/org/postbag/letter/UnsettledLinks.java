package org.postbag.letter;

import java.util.List;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Wording;

/**
 * The reply links of a letter that are only suggested (by the writer or by citation detection):
 * neither confirmed nor dismissed by an editor. A suggested link is not public, so a letter
 * approved or printed with one would appear without its "Replying to" and outside its thread;
 * approving and making up ask for each to be settled first. The linking feature answers it.
 */
public interface UnsettledLinks {

    /** The pieces a suggested link of the letter points at, as the desk names them: {@code A-2026-0007 “Trams”}. */
    List<String> of(Letter letter);

    /**
     * Refuses {@code doing} (the bundle's {@code letter.doing.approved}, {@code letter.doing.put_on_the_page}...)
     * while the letter has a suggested link.
     */
    default void requireSettled(Letter letter, String doing) {
        List<String> suggested = of(letter);
        if (!suggested.isEmpty()) {
            throw new DomainException(refusal(letter.reference(), suggested, doing));
        }
    }

    /** {0} the letter, {1} the verb, {2} the pieces, {3} how many. */
    static Wording refusal(String reference, List<String> suggested, String doing) {
        return Wording.of(
                "letter.unsettled",
                reference,
                Wording.of("letter.doing." + doing.replace(' ', '_').replace("'", "")),
                String.join(", ", suggested),
                suggested.size());
    }
}
