package org.postbag.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Finds near-identical texts without comparing every pair: each text is cut into
 * overlapping three-word shingles, summarised by 32 minimum hashes, and those grouped into 8
 * bands of 4. Two texts whose shingles mostly agree (Jaccard similarity 0.7 or more) share at
 * least one band hash with probability above 0.9, so an index on the band hashes finds the
 * candidates. The low 16 bits of the 32 minimum hashes are kept too, as the letter's sketch: the
 * share of places where two sketches agree estimates the similarity without the texts
 * ({@link #estimate}), so that only the likely candidates are fetched and measured exactly
 * with {@link #similarity}.
 */
public final class MinHash {

    static final int BANDS = 8;
    static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    private MinHash() {}

    /**
     * What is stored of a text: its band hashes, for the index, and its sketch of {@value
     * #SKETCH_BYTES} bytes, for {@link #estimate}. Both empty for a text of no words.
     */
    public record Summary(long[] bands, byte[] sketch) {}

    static final int SKETCH_BYTES = HASHES * 2;

    /** The band hashes of a text; empty for a text of no words (for the tests: the code stores a {@link Summary}). */
    static long[] bands(String text) {
        return summarise(text).bands();
    }

    /** The text's band hashes and sketch, from one pass over its shingles. */
    public static Summary summarise(String text) {
        long[] shingles = shingles(text);
        if (shingles.length == 0) {
            return new Summary(new long[0], new byte[0]);
        }
        long[] minimums = new long[HASHES];
        Arrays.fill(minimums, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long hash = mix(shingle ^ SEEDS[i]);
                if (hash < minimums[i]) {
                    minimums[i] = hash;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = mix(band + 1);
            for (int row = 0; row < ROWS; row++) {
                hash = mix(hash ^ minimums[band * ROWS + row]);
            }
            bands[band] = hash;
        }
        byte[] sketch = new byte[SKETCH_BYTES];
        for (int i = 0; i < HASHES; i++) {
            sketch[2 * i] = (byte) (minimums[i] >>> 8);
            sketch[2 * i + 1] = (byte) minimums[i];
        }
        return new Summary(bands, sketch);
    }

    /**
     * The share of the 32 minimum hashes two sketches agree on: for texts of Jaccard similarity
     * {@code s}, a count of 32 trials each agreeing with probability {@code s} (and 1 in 65,536
     * by chance for 16 bits that differ above them). NaN when either sketch is missing or not
     * one of ours, so that the caller measures the texts instead.
     */
    public static double estimate(byte[] a, byte[] b) {
        if (a == null || b == null || a.length != SKETCH_BYTES || b.length != SKETCH_BYTES) {
            return Double.NaN;
        }
        int agree = 0;
        for (int i = 0; i < SKETCH_BYTES; i += 2) {
            if (a[i] == b[i] && a[i + 1] == b[i + 1]) {
                agree++;
            }
        }
        return agree / (double) HASHES;
    }

    /** Jaccard similarity of the two texts' shingles: 1 for the same words in the same order. */
    public static double similarity(String a, String b) {
        return similarityTo(a).applyAsDouble(b);
    }

    /**
     * The similarity of one text to each of many: the text is cut into shingles once, not once
     * for every other text it is measured against.
     */
    public static ToDoubleFunction<String> similarityTo(String text) {
        long[] first = shingles(text);
        return other -> {
            long[] second = shingles(other);
            if (first.length == 0 && second.length == 0) {
                return 1;
            }
            int common = 0;
            for (int i = 0, j = 0; i < first.length && j < second.length; ) {
                if (first[i] == second[j]) {
                    common++;
                    i++;
                    j++;
                } else if (first[i] < second[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) common / (first.length + second.length - common);
        };
    }

    /**
     * The text's distinct shingles, sorted: the hash of each run of three words (lower case,
     * joined by a space), or of each word when there are fewer than three. Made straight from
     * the characters, since the campaign check cuts up dozens of letters for every one that
     * arrives: a word is a run of letters and digits ({@code [\p{L}\p{N}]+}).
     */
    static long[] shingles(String text) {
        // An array, not the string: a text with any character beyond Latin-1 is held in two bytes a
        // character, and its charAt checked every time.
        char[] lower = (text == null ? "" : text.toLowerCase(Locale.ROOT)).toCharArray();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        for (int at = 0; at < lower.length; ) {
            int codePoint = Character.codePointAt(lower, at);
            int next = at + Character.charCount(codePoint);
            if (isWordPart(codePoint)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                if (count > 0 && ends[count - 1] == at) {
                    ends[count - 1] = next;
                } else {
                    starts[count] = at;
                    ends[count] = next;
                    count++;
                }
            }
            at = next;
        }
        int width = count < 3 ? 1 : 3;
        long[] shingles = new long[Math.max(0, count - width + 1)];
        for (int first = 0; first < shingles.length; first++) {
            long hash = FNV_OFFSET;
            for (int word = first; word < first + width; word++) {
                if (word > first) {
                    hash = (hash ^ ' ') * FNV_PRIME;
                }
                for (int i = starts[word]; i < ends[word]; i++) {
                    hash = (hash ^ lower[i]) * FNV_PRIME;
                }
            }
            shingles[first] = mix(hash);
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[distinct - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    private static boolean isWordPart(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= '0' && codePoint <= '9')
                    || (codePoint >= 'A' && codePoint <= 'Z');
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
