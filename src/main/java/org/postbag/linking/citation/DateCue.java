package org.postbag.linking.citation;

import java.util.Objects;

/**
 * A date that points at an issue: "(Letters, 4 May)", "your June issue", "last month's letter". Dates without a year
 * are already resolved against the letter's received date.
 */
public record DateCue(Span span, DateRange range, boolean relative, double confidence) implements Cue {

    public DateCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(range, "range");
    }
}
