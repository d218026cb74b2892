package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quotation found in a letter.
 *
 * @param text the quoted words; for a block quotation, without the {@code >} markers at the start of its lines
 * @param start offset in the letter of the first quoted character, after the opening quote mark
 * @param end offset in the letter just past the last quoted character, before the closing quote mark
 * @param attributedTo the name the letter attributes the quotation to ("Rosa Luxemburg", "Ms Natarajan"), if any
 */
public record Quotation(String text, int start, int end, Kind kind, Optional<String> attributedTo) {

    public enum Kind {
        /** Between double quote marks within a paragraph. */
        INLINE,
        /** One or more consecutive paragraphs starting with {@code >}. */
        BLOCK,
        /** An opening quote mark never closed: the quotation is cut at the end of its paragraph. */
        UNCLOSED
    }

    public Quotation {
        requireNonNull(text, "text");
        requireNonNull(kind, "kind");
        requireNonNull(attributedTo, "attributedTo");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad quotation offsets: " + start + ".." + end);
        }
    }
}
