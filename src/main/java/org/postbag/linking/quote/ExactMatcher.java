package org.postbag.linking.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postbag.linking.quote.QuotePattern.Element;
import org.postbag.linking.quote.QuotePattern.Insertion;
import org.postbag.linking.quote.QuotePattern.Segment;
import org.postbag.linking.quote.QuotePattern.Word;

/**
 * Finds a quotation word for word in a source, using the source's word index so that only the places where a
 * segment's rarest word occurs are ever compared.
 *
 * <p>Segments (the parts between ellipses) must occur in order. Each later segment takes its earliest occurrence after
 * the one before, which leaves the most room for the rest; among the occurrences of the first segment, the one giving
 * the shortest overall span wins, so that an ellipsis bridges the nearest text rather than half the article.
 */
final class ExactMatcher {

    private ExactMatcher() {}

    static Optional<TokenRange> find(QuotePattern pattern, IndexedSource source) {
        List<Segment> segments = pattern.segments();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        TokenRange best = null;
        int from = 0;
        while (true) {
            TokenRange first = firstOccurrence(segments.get(0), source, from);
            if (first == null) {
                return Optional.ofNullable(best);
            }
            int end = first.to();
            for (int i = 1; i < segments.size() && end >= 0; i++) {
                TokenRange next = firstOccurrence(segments.get(i), source, end);
                end = next == null ? -1 : next.to();
            }
            if (end < 0) {
                // Later starts only push the remaining segments further right, so they cannot succeed either.
                return Optional.ofNullable(best);
            }
            TokenRange candidate = new TokenRange(first.from(), end);
            if (best == null || candidate.length() < best.length()) {
                best = candidate;
            }
            if (segments.size() == 1) {
                return Optional.of(best);
            }
            from = first.from() + 1;
        }
    }

    /** The earliest occurrence of the segment starting at or after {@code from}, or null. */
    private static TokenRange firstOccurrence(Segment segment, IndexedSource source, int from) {
        List<Element> elements = segment.elements();
        int anchor = anchorIndex(segment, source);
        String anchorWord = ((Word) elements.get(anchor)).normalized();
        int[] positions = source.positionsOf(anchorWord);
        int i = Arrays.binarySearch(positions, from + anchor);
        for (i = i < 0 ? -i - 1 : i; i < positions.length; i++) {
            int start = positions[i] - anchor;
            int end = matchFrom(elements, 0, start, source);
            if (end >= 0) {
                return new TokenRange(start, end);
            }
        }
        return null;
    }

    /**
     * The element to look up in the index. Without insertions every word sits at a fixed offset from the start, so
     * the rarest word is the cheapest anchor; with insertions only the first word does.
     */
    private static int anchorIndex(Segment segment, IndexedSource source) {
        if (segment.hasInsertions()) {
            return 0;
        }
        List<Element> elements = segment.elements();
        int rarest = 0;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < elements.size(); i++) {
            int count = source.positionsOf(((Word) elements.get(i)).normalized()).length;
            if (count < fewest) {
                fewest = count;
                rarest = i;
            }
        }
        return rarest;
    }

    /** The end of the shortest match of elements {@code [index..]} starting at {@code position}, or -1. */
    private static int matchFrom(List<Element> elements, int index, int position, IndexedSource source) {
        if (index == elements.size()) {
            return position;
        }
        if (elements.get(index) instanceof Insertion insertion) {
            for (int skip = 0; skip <= insertion.maxWords() && position + skip <= source.size(); skip++) {
                int end = matchFrom(elements, index + 1, position + skip, source);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        Word word = (Word) elements.get(index);
        if (position < 0 || position >= source.size() || !source.word(position).equals(word.normalized())) {
            return -1;
        }
        return matchFrom(elements, index + 1, position + 1, source);
    }
}
