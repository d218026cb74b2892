package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postbag.linking.quote.DiffToken.Operation;
import org.postbag.linking.quote.QuotePattern.Segment;
import org.postbag.linking.quote.QuotePattern.Word;

/**
 * Finds the source passage closest to a quotation that is not in the source word for word.
 *
 * <p>Similarity is the number of quotation words paired with equal source words, divided by the length of the
 * quotation or of the source span from the first to the last paired word, whichever is longer (see
 * {@link WordAlignment}). Candidate spans come from the word index: every occurrence of quotation word {@code i} at
 * source position {@code p} votes for the diagonal {@code p - i}. With a threshold of 0.7 the pairs of any acceptable
 * match lie on at most {@code 0.73 n} neighbouring diagonals, so bands of {@code 0.75 n} diagonals can hold one whole;
 * only the three strongest bands with enough votes are aligned, which keeps a check within its time budget.
 *
 * <p>Segments between ellipses are matched one after another, each after the previous one's span; a segment with no
 * close span counts as wholly inserted.
 */
final class CloseMatcher {

    record CloseMatch(TokenRange range, double similarity, List<DiffToken> diff) {}

    private static final double BAND_FRACTION = 0.75;
    private static final int CANDIDATES_PER_SEGMENT = 3;

    private CloseMatcher() {}

    static Optional<CloseMatch> find(QuotePattern pattern, IndexedSource source, double threshold) {
        if (wordsPresent(pattern, source) < required(threshold, pattern.wordCount())) {
            return Optional.empty();
        }
        List<DiffToken> diff = new ArrayList<>();
        int aligned = 0;
        int compared = 0;
        int from = -1;
        int to = 0;
        for (Segment segment : pattern.segments()) {
            List<Word> words = segment.words();
            WordAlignment.Result best = bestWindow(words, source, to, threshold);
            if (best == null) {
                compared += words.size();
                words.forEach(word -> diff.add(new DiffToken(Operation.INSERTED, word.surface())));
                continue;
            }
            aligned += best.aligned();
            compared += Math.max(words.size(), best.range().length());
            diff.addAll(WordAlignment.diff(words, source, best.range()));
            from = from < 0 ? best.range().from() : from;
            to = best.range().to();
        }
        double similarity = compared == 0 ? 0 : (double) aligned / compared;
        if (from < 0 || similarity < threshold) {
            return Optional.empty();
        }
        return Optional.of(new CloseMatch(new TokenRange(from, to), similarity, List.copyOf(diff)));
    }

    private static WordAlignment.Result bestWindow(List<Word> words, IndexedSource source, int from, double threshold) {
        int n = words.size();
        int need = required(threshold, n);
        int[] votes = new int[source.size() + n];
        int voters = 0;
        for (int i = 0; i < n; i++) {
            int[] positions = source.positionsOf(words.get(i).normalized());
            int k = firstAtOrAfter(positions, from);
            voters += k < positions.length ? 1 : 0;
            for (; k < positions.length; k++) {
                votes[positions[k] - i + n - 1]++;
            }
        }
        if (voters < need) {
            return null;
        }
        int width = (int) (BAND_FRACTION * n) + 1;
        int[] bandSums = bandSums(votes, width);
        WordAlignment.Result best = null;
        for (int round = 0; round < CANDIDATES_PER_SEGMENT; round++) {
            int band = strongestBand(bandSums);
            if (bandSums[band] < need) {
                break;
            }
            // Neighbouring bands overlap this one's window, so they are spent too.
            Arrays.fill(bandSums, Math.max(0, band - width + 1), Math.min(bandSums.length, band + width), -1);
            int diagonal = band - (n - 1);
            TokenRange window =
                    new TokenRange(Math.max(from, diagonal), Math.min(source.size(), diagonal + width - 1 + n));
            if (wordsIn(words, source, window) < need) {
                // Band votes count a common word once per occurrence; this bound counts it once, and is cheap.
                continue;
            }
            WordAlignment.Result result = WordAlignment.best(words, source, window);
            if (result != null && (best == null || result.similarity() > best.similarity())) {
                best = result;
            }
        }
        return best != null && best.similarity() >= threshold ? best : null;
    }

    /** Sum of votes over each run of {@code width} consecutive diagonals. */
    private static int[] bandSums(int[] votes, int width) {
        int bands = Math.max(1, votes.length - width + 1);
        int[] sums = new int[bands];
        int sum = 0;
        for (int i = 0; i < Math.min(width, votes.length); i++) {
            sum += votes[i];
        }
        sums[0] = sum;
        for (int band = 1; band < bands; band++) {
            sum += votes[band + width - 1] - votes[band - 1];
            sums[band] = sum;
        }
        return sums;
    }

    private static int strongestBand(int[] bandSums) {
        int strongest = 0;
        for (int band = 1; band < bandSums.length; band++) {
            if (bandSums[band] > bandSums[strongest]) {
                strongest = band;
            }
        }
        return strongest;
    }

    /** How many of the words occur somewhere in the window: an upper bound on how many can align. */
    private static int wordsIn(List<Word> words, IndexedSource source, TokenRange window) {
        int present = 0;
        for (Word word : words) {
            int[] positions = source.positionsOf(word.normalized());
            int k = firstAtOrAfter(positions, window.from());
            present += k < positions.length && positions[k] < window.to() ? 1 : 0;
        }
        return present;
    }

    private static int wordsPresent(QuotePattern pattern, IndexedSource source) {
        int present = 0;
        for (Segment segment : pattern.segments()) {
            for (Word word : segment.words()) {
                present += source.positionsOf(word.normalized()).length > 0 ? 1 : 0;
            }
        }
        return present;
    }

    static int required(double threshold, int words) {
        return (int) Math.ceil(threshold * words - 1e-9);
    }

    private static int firstAtOrAfter(int[] positions, int from) {
        int i = Arrays.binarySearch(positions, from);
        return i < 0 ? -i - 1 : i;
    }
}
