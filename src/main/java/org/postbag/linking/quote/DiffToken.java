package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

/**
 * One word of a word-level diff between a source passage and the letter's version of it.
 *
 * @param word the word as written: in the source for {@code EQUAL} and {@code DELETED}, in the letter for
 *     {@code INSERTED}
 */
public record DiffToken(Operation operation, String word) {

    public enum Operation {
        /** In both the source and the letter. */
        EQUAL,
        /** In the source, left out or replaced by the letter. */
        DELETED,
        /** In the letter, not in the source. */
        INSERTED
    }

    public DiffToken {
        requireNonNull(operation, "operation");
        requireNonNull(word, "word");
    }
}
