package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A source normalised once into words, with an index from each word to the positions where it occurs.
 *
 * <p>Building this is the expensive part of a check, so callers that check many letters against the same pieces
 * should build it once per piece and keep it; it is immutable and safe to share between threads.
 */
public final class IndexedSource {

    private static final int[] NOWHERE = new int[0];

    private final Source source;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int[] paragraphs;
    private final Map<String, int[]> positions;
    private final String authorSurname;

    private IndexedSource(Source source, Tokens tokens) {
        this.source = source;
        this.words = Arrays.copyOf(tokens.words, tokens.size);
        this.starts = Arrays.copyOf(tokens.starts, tokens.size);
        this.ends = Arrays.copyOf(tokens.ends, tokens.size);
        this.paragraphs = Arrays.copyOf(tokens.paragraphs, tokens.size);
        this.positions = indexPositions(words);
        this.authorSurname = Names.surname(source.authorName());
    }

    public static IndexedSource of(Source source) {
        requireNonNull(source, "source");
        Tokens tokens = new Tokens(source.text());
        WordTokenizer.tokenize(source.text(), 0, source.text().length(), tokens::add);
        return new IndexedSource(source, tokens);
    }

    public Source source() {
        return source;
    }

    /** See {@link Names#surname(String)}; kept so that matching an attribution costs no parsing per source. */
    String authorSurname() {
        return authorSurname;
    }

    int size() {
        return words.length;
    }

    String word(int index) {
        return words[index];
    }

    /** The word as written in the source, for showing in a diff. */
    String surface(int index) {
        return source.text().substring(starts[index], ends[index]);
    }

    int startOffset(int index) {
        return starts[index];
    }

    int endOffset(int index) {
        return ends[index];
    }

    int paragraphOf(int index) {
        return paragraphs[index];
    }

    /** Ascending positions of a normalised word; never null, and not to be modified. */
    int[] positionsOf(String word) {
        return positions.getOrDefault(word, NOWHERE);
    }

    private static Map<String, int[]> indexPositions(String[] words) {
        Map<String, Integer> ids = new HashMap<>();
        int[] idOf = new int[words.length];
        int[] counts = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            Integer id = ids.putIfAbsent(words[i], ids.size());
            idOf[i] = id == null ? ids.size() - 1 : id;
            counts[idOf[i]]++;
        }
        int[][] byId = new int[ids.size()][];
        for (int id = 0; id < byId.length; id++) {
            byId[id] = new int[counts[id]];
            counts[id] = 0;
        }
        for (int i = 0; i < words.length; i++) {
            int id = idOf[i];
            byId[id][counts[id]++] = i;
        }
        Map<String, int[]> index = new HashMap<>(ids.size() * 2);
        ids.forEach((word, id) -> index.put(word, byId[id]));
        return index;
    }

    /** Growable parallel arrays, filled by the tokenizer; also tracks blank lines to number paragraphs. */
    private static final class Tokens {
        private final String text;
        private String[] words;
        private int[] starts;
        private int[] ends;
        private int[] paragraphs;
        private int size;
        private int paragraph;

        Tokens(String text) {
            this.text = text;
            // English prose averages about six characters a word with its space, so this rarely grows.
            int capacity = 16 + text.length() / 5;
            words = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            paragraphs = new int[capacity];
        }

        void add(String word, int start, int end) {
            if (size == words.length) {
                int capacity = size * 2;
                words = Arrays.copyOf(words, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                paragraphs = Arrays.copyOf(paragraphs, capacity);
            }
            if (size > 0 && blankLineBetween(ends[size - 1], start)) {
                paragraph++;
            }
            words[size] = word;
            starts[size] = start;
            ends[size] = end;
            paragraphs[size] = paragraph;
            size++;
        }

        private boolean blankLineBetween(int from, int to) {
            int newlines = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (++newlines == 2) {
                        return true;
                    }
                } else if (!Character.isWhitespace(c)) {
                    newlines = 0;
                }
            }
            return false;
        }
    }
}
