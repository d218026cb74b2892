package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one quotation.
 *
 * @param match where the quotation was found: present for {@link Verdict#VERIFIED} and {@link Verdict#ALTERED}
 * @param diff for {@link Verdict#ALTERED}, the words of the source passage against the letter's; otherwise empty
 */
public record QuoteCheck(Quotation quotation, Verdict verdict, Optional<SourceMatch> match, List<DiffToken> diff) {

    public QuoteCheck {
        requireNonNull(quotation, "quotation");
        requireNonNull(verdict, "verdict");
        requireNonNull(match, "match");
        diff = List.copyOf(diff);
    }

    static QuoteCheck unmatched(Quotation quotation, Verdict verdict) {
        return new QuoteCheck(quotation, verdict, Optional.empty(), List.of());
    }
}
