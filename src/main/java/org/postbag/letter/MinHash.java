package org.postbag.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds near-identical texts without comparing every pair: each text is cut into
 * overlapping three-word shingles, summarised by 32 minimum hashes, and those grouped into 8
 * bands of 4. Two texts whose shingles mostly agree (Jaccard similarity 0.7 or more) share at
 * least one band hash with probability above 0.9, so an index on the band hashes finds the
 * candidates; {@link #similarity} then measures them exactly.
 */
public final class MinHash {

    static final int BANDS = 8;
    static final int ROWS = 4;
    private static final int HASHES = BANDS * ROWS;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    private MinHash() {}

    /** The band hashes of a text; empty for a text of no words. */
    public static long[] bands(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return new long[0];
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
        return bands;
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
        Set<Long> first = shingles(text);
        return other -> {
            Set<Long> second = shingles(other);
            if (first.isEmpty() && second.isEmpty()) {
                return 1;
            }
            int common = 0;
            for (long shingle : second) {
                if (first.contains(shingle)) {
                    common++;
                }
            }
            return (double) common / (first.size() + second.size() - common);
        };
    }

    static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<Long> shingles = new HashSet<>();
        if (words.size() < 3) {
            words.forEach(word -> shingles.add(hash(word)));
            return shingles;
        }
        for (int i = 0; i + 3 <= words.size(); i++) {
            shingles.add(hash(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)));
        }
        return shingles;
    }

    private static long hash(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
