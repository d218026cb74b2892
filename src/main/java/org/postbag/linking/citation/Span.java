package org.postbag.linking.citation;

import java.util.Objects;

/** Where a cue stands in the letter: character offsets (end exclusive) and the text found there. */
public record Span(int start, int end, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for \"" + text + "\"");
        }
    }

    static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    /** Characters between two spans; zero when they touch or overlap. */
    int gapTo(Span other) {
        return Math.max(0, Math.max(other.start - end, start - other.end));
    }
}
