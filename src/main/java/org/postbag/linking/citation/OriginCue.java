package org.postbag.linking.citation;

import java.util.Objects;

/**
 * "since" just before a citation: "the exchange since issue 117". It names where a correspondence started, which is
 * background more often than the piece being answered, so the ranker weighs that citation a little less.
 */
public record OriginCue(Span span, double confidence) implements Cue {

    public OriginCue {
        Objects.requireNonNull(span, "span");
    }
}
