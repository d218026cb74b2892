package org.postbag.linking.citation;

import java.util.Objects;

/**
 * A short quoted phrase that may be the title of a piece. Confidence is high when a word such as "article" or
 * "headed" introduces it, lower for a phrase that is probably a quotation from the text.
 */
public record TitleCue(Span span, String phrase, double confidence) implements Cue {

    public TitleCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(phrase, "phrase");
    }
}
