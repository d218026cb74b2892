package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.postbag.linking.quote.CloseMatcher.CloseMatch;

/**
 * Checks every quotation in a letter against the sources it may quote, given in priority order: the pieces the letter
 * replies to, then their ancestors in the thread, then optionally the archive.
 *
 * <p>Words are compared after normalisation (see {@code WordTokenizer}), so case, line breaks, punctuation, curly or
 * straight quotes and apostrophes, and dashes make no difference. A quotation is {@link Verdict#VERIFIED} against the
 * first source that contains its words in order, where an ellipsis ({@code ...}, {@code . . .}, {@code …},
 * {@code [...]}) may skip any amount of text and a bracketed insertion ({@code [sic]}, {@code [the council]}) stands
 * for a few source words or none. Failing that it is {@link Verdict#ALTERED} if some source holds a span where at
 * least {@value #CLOSE_MATCH_THRESHOLD} of the words align, counted against the longer of the quotation and the span
 * (so that dropped words count as much as added ones); the most similar span wins, the earlier source on a tie.
 *
 * <p>A quotation attributed to a named person is checked against that person's sources only (by surname); if none of
 * the sources is by them it is {@link Verdict#ATTRIBUTED} and not checked. Quotations of one or two words are
 * {@link Verdict#TOO_SHORT}.
 *
 * <p>Stateless and thread-safe. Callers checking many letters against the same sources should index them once with
 * {@link IndexedSource#of(Source)} and use {@link #checkIndexed(String, List)}.
 */
public final class QuoteChecker {

    public static final double CLOSE_MATCH_THRESHOLD = 0.7;
    static final int MIN_WORDS = 3;

    private final QuotationFinder finder = new QuotationFinder();

    /** Finds and checks the quotations in a letter, in order of appearance. */
    public List<QuoteCheck> check(String letter, List<Source> sources) {
        requireNonNull(sources, "sources");
        List<Quotation> quotations = finder.find(letter);
        if (quotations.isEmpty()) {
            return List.of();
        }
        List<IndexedSource> indexed = sources.stream().map(IndexedSource::of).toList();
        return quotations.stream()
                .map(quotation -> checkQuotation(quotation, indexed))
                .toList();
    }

    /** As {@link #check(String, List)}, with sources indexed beforehand. */
    public List<QuoteCheck> checkIndexed(String letter, List<IndexedSource> sources) {
        requireNonNull(sources, "sources");
        return finder.find(letter).stream()
                .map(quotation -> checkQuotation(quotation, sources))
                .toList();
    }

    /** Checks one quotation, for instance one found by {@link QuotationFinder}. */
    public QuoteCheck checkQuotation(Quotation quotation, List<IndexedSource> sources) {
        List<IndexedSource> candidates = sources;
        if (quotation.attributedTo().isPresent()) {
            String surname = Names.surname(quotation.attributedTo().get());
            candidates = sources.stream()
                    .filter(source -> !surname.isEmpty() && surname.equals(source.authorSurname()))
                    .toList();
            if (candidates.isEmpty()) {
                return QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED);
            }
        }
        QuotePattern pattern = QuotePattern.parse(quotation.text());
        if (pattern.wordCount() < MIN_WORDS) {
            return QuoteCheck.unmatched(quotation, Verdict.TOO_SHORT);
        }
        for (IndexedSource source : candidates) {
            Optional<TokenRange> exact = ExactMatcher.find(pattern, source);
            if (exact.isPresent()) {
                SourceMatch match = SourceMatch.of(source, exact.get(), 1.0);
                return new QuoteCheck(quotation, Verdict.VERIFIED, Optional.of(match), List.of());
            }
        }
        return closest(quotation, pattern, candidates);
    }

    private static QuoteCheck closest(Quotation quotation, QuotePattern pattern, List<IndexedSource> sources) {
        CloseMatch best = null;
        IndexedSource bestSource = null;
        for (IndexedSource source : sources) {
            Optional<CloseMatch> match = CloseMatcher.find(pattern, source, CLOSE_MATCH_THRESHOLD);
            if (match.isPresent() && (best == null || match.get().similarity() > best.similarity())) {
                best = match.get();
                bestSource = source;
            }
        }
        if (best == null) {
            return QuoteCheck.unmatched(quotation, Verdict.NOT_FOUND);
        }
        SourceMatch match = SourceMatch.of(bestSource, best.range(), best.similarity());
        return new QuoteCheck(quotation, Verdict.ALTERED, Optional.of(match), best.diff());
    }
}
