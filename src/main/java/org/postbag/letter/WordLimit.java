package org.postbag.letter;

import org.postbag.infrastructure.Wording;

/**
 * The house word limit as a rule of approval. A letter somewhat over the limit is the desk's
 * everyday business; one far over it (more than half as long again as the limit) is approved
 * only with an editor's word on why, so that a slip of the key does not put it on the page.
 */
public final class WordLimit {

    private WordLimit() {}

    /** Far over: more than 50% above the limit. A limit of zero or less limits nothing. */
    public static boolean isFarOver(int words, int limit) {
        return limit > 0 && (long) words * 2 > (long) limit * 3;
    }

    /** The refusal when a letter far over the limit is approved without a word. */
    public static Wording refusal(String reference, int words, int limit) {
        return Wording.of("letter.farOver", reference, words, limit);
    }
}
