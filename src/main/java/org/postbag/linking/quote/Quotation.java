package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quotation found in a letter.
 *
 * @param text the quoted words; for a block quotation, without the {@code >} markers at the start of its lines
 * @param start offset in the letter of the first quoted character, after the opening quote mark
 * @param end offset in the letter just past the last quoted character, before the closing quote mark
 * @param attribution whose words the letter says these are, and the cue that says so
 */
public record Quotation(String text, int start, int end, Kind kind, Attribution attribution) {

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
        requireNonNull(attribution, "attribution");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad quotation offsets: " + start + ".." + end);
        }
    }

    /** The person or document the letter names as the source ("Rosa Luxemburg", "Ms Natarajan"), if any. */
    public Optional<String> attributedTo() {
        return attribution.kind() == Attribution.Kind.PERSON || attribution.kind() == Attribution.Kind.DOCUMENT
                ? attribution.named()
                : Optional.empty();
    }
}
