package org.postbag.linking.quote;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.postbag.linking.quote.DiffToken.Operation;
import org.postbag.linking.quote.QuotePattern.Word;

/**
 * Aligns a quotation's words with a window of source words, trims the window to the stretch that scores best, and
 * shows the difference as a word diff (java-diff-utils).
 */
final class WordAlignment {

    /**
     * The best-scoring part of a window.
     *
     * @param range the source words from the first to the last aligned word
     * @param aligned how many quotation words are equal to a source word in that range
     * @param quotationWords how many words the quotation has
     */
    record Result(TokenRange range, int aligned, int quotationWords) {

        /** Aligned words over the longer of quotation and source span, so that additions and omissions both count. */
        double similarity() {
            return (double) aligned / Math.max(quotationWords, range.length());
        }
    }

    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = 1;
    private static final byte PAIR_EQUAL = 1;
    private static final byte PAIR_CHANGED = 2;
    private static final byte SKIP_QUOTATION_WORD = 3;
    private static final byte SKIP_SOURCE_WORD = 4;

    private WordAlignment() {}

    /** Aligns the words against source words {@code window}; null if no word is shared. */
    static Result best(List<Word> words, IndexedSource source, TokenRange window) {
        int[] equalAt = alignedSourcePositions(words, source, window);
        if (equalAt.length == 0) {
            return null;
        }
        // Dropping a stray aligned word at either edge can shorten the span more than it costs, so try every trim.
        int n = words.size();
        int bestFirst = 0;
        int bestLast = 0;
        double bestScore = -1;
        for (int first = 0; first < equalAt.length; first++) {
            for (int last = first; last < equalAt.length; last++) {
                double score = (double) (last - first + 1) / Math.max(n, equalAt[last] - equalAt[first] + 1);
                if (score > bestScore) {
                    bestScore = score;
                    bestFirst = first;
                    bestLast = last;
                }
            }
        }
        return new Result(new TokenRange(equalAt[bestFirst], equalAt[bestLast] + 1), bestLast - bestFirst + 1, n);
    }

    /** A word diff of the source range against the quotation, for editors to see what changed. */
    static List<DiffToken> diff(List<Word> words, IndexedSource source, TokenRange range) {
        List<String> quotationWords = words.stream().map(Word::normalized).toList();
        Patch<String> patch = DiffUtils.diff(normalized(source, range), quotationWords, true);
        List<DiffToken> tokens = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            boolean equal = delta.getType() == DeltaType.EQUAL;
            Chunk<String> inSource = delta.getSource();
            for (int i = 0; i < inSource.size(); i++) {
                String word = source.surface(range.from() + inSource.getPosition() + i);
                tokens.add(new DiffToken(equal ? Operation.EQUAL : Operation.DELETED, word));
            }
            Chunk<String> inLetter = delta.getTarget();
            for (int i = 0; !equal && i < inLetter.size(); i++) {
                String word = words.get(inLetter.getPosition() + i).surface();
                tokens.add(new DiffToken(Operation.INSERTED, word));
            }
        }
        return tokens;
    }

    /**
     * Source positions paired with equal quotation words by a semi-global alignment: the whole quotation against any
     * stretch of the window. A plain longest common subsequence is not enough to choose the stretch, because a source
     * that repeats a phrase ("its members, and its members") offers equally long subsequences that straddle the
     * repetition; charging for every skipped word makes the alignment prefer the compact one.
     */
    private static int[] alignedSourcePositions(List<Word> words, IndexedSource source, TokenRange window) {
        int n = words.size();
        int length = window.length();
        byte[][] moves = new byte[n + 1][length + 1];
        int[] previous = new int[length + 1];
        int[] current = new int[length + 1];
        for (int i = 1; i <= n; i++) {
            String word = words.get(i - 1).normalized();
            current[0] = -i * GAP;
            moves[i][0] = SKIP_QUOTATION_WORD;
            for (int j = 1; j <= length; j++) {
                boolean equal = word.equals(source.word(window.from() + j - 1));
                int diagonal = previous[j - 1] + (equal ? MATCH : MISMATCH);
                int skipWord = previous[j] - GAP;
                int skipSource = current[j - 1] - GAP;
                if (diagonal >= skipWord && diagonal >= skipSource) {
                    current[j] = diagonal;
                    moves[i][j] = equal ? PAIR_EQUAL : PAIR_CHANGED;
                } else if (skipWord >= skipSource) {
                    current[j] = skipWord;
                    moves[i][j] = SKIP_QUOTATION_WORD;
                } else {
                    current[j] = skipSource;
                    moves[i][j] = SKIP_SOURCE_WORD;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int end = 0;
        for (int j = 1; j <= length; j++) {
            end = previous[j] > previous[end] ? j : end;
        }
        return traceBack(moves, n, end, window.from());
    }

    private static int[] traceBack(byte[][] moves, int i, int j, int offset) {
        int[] pairs = new int[i];
        int count = 0;
        while (i > 0 && j > 0) {
            byte move = moves[i][j];
            if (move == PAIR_EQUAL) {
                pairs[count++] = offset + j - 1;
            }
            if (move != SKIP_SOURCE_WORD) {
                i--;
            }
            if (move != SKIP_QUOTATION_WORD) {
                j--;
            }
        }
        int[] ascending = new int[count];
        for (int k = 0; k < count; k++) {
            ascending[k] = pairs[count - 1 - k];
        }
        return ascending;
    }

    private static List<String> normalized(IndexedSource source, TokenRange range) {
        List<String> words = new ArrayList<>(range.length());
        for (int i = range.from(); i < range.to(); i++) {
            words.add(source.word(i));
        }
        return words;
    }
}
