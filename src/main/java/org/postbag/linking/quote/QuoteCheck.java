package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one quotation.
 *
 * @param match where the quotation was found: present for {@link Verdict#VERIFIED}, {@link Verdict#ALTERED} and
 *     {@link Verdict#FOUND_ELSEWHERE}
 * @param diff for {@link Verdict#ALTERED}, the words of the source passage against the letter's; otherwise empty
 * @param checkedAgainst the references of the pieces the quotation was compared with, in order
 */
public record QuoteCheck(
        Quotation quotation,
        Verdict verdict,
        Optional<SourceMatch> match,
        List<DiffToken> diff,
        List<String> checkedAgainst) {

    public QuoteCheck {
        requireNonNull(quotation, "quotation");
        requireNonNull(verdict, "verdict");
        requireNonNull(match, "match");
        diff = List.copyOf(diff);
        checkedAgainst = List.copyOf(checkedAgainst);
    }

    static QuoteCheck unmatched(Quotation quotation, Verdict verdict, List<IndexedSource> checkedAgainst) {
        return new QuoteCheck(quotation, verdict, Optional.empty(), List.of(), references(checkedAgainst));
    }

    static List<String> references(List<IndexedSource> sources) {
        return sources.stream().map(source -> source.source().reference()).toList();
    }
}
