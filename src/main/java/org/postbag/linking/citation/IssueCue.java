package org.postbag.linking.citation;

import java.util.Objects;

/**
 * An issue number: "no. 118", "issue 117", "#117", "NR 118".
 *
 * @param magazine the magazine name or abbreviation written with the number, or null when none was
 */
public record IssueCue(Span span, int number, MagazineMatch magazineMatch, String magazine, double confidence)
        implements Cue {

    public IssueCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(magazineMatch, "magazineMatch");
        if (number < 0) {
            throw new IllegalArgumentException("issue number " + number);
        }
    }
}
