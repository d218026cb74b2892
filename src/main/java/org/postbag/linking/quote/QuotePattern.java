package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation read as a pattern to look for in a source: runs of words (segments) separated by ellipses ({@code …},
 * {@code ...}, {@code . . .}, {@code […]}, {@code (…)}), where an ellipsis may skip any amount of source text and a square-bracketed insertion stands for a few source words or none.
 *
 * <p>Brackets inside a word, as in "[T]he" or "council[s]", are an editor's change of letters rather than an insertion,
 * so their content stays part of the word.
 */
record QuotePattern(List<Segment> segments) {

    /** Words in a row, possibly with editorial insertions between them; never starts or ends with an insertion. */
    record Segment(List<Element> elements) {

        List<Word> words() {
            return elements.stream()
                    .filter(Word.class::isInstance)
                    .map(Word.class::cast)
                    .toList();
        }

        boolean hasInsertions() {
            return elements.stream().anyMatch(Insertion.class::isInstance);
        }
    }

    sealed interface Element permits Word, Insertion {}

    /** A normalised word and the form the letter wrote it in. */
    record Word(String normalized, String surface) implements Element {}

    /** A bracketed insertion: matches up to {@code maxWords} words of the source, or none. */
    record Insertion(int maxWords) implements Element {}

    // Bracketed text first, so that "[...]" is read as one gap and not as brackets around dots.
    // "(…)" and "(...)", the French and German way to mark a cut, are ellipses too.
    private static final Pattern SPECIAL = Pattern.compile("\\((?:\u2026|\\.(?:[ \\t\\u00A0\\u2009\\u202F]*\\.){2,})\\)"
            + "|\\[[^\\[\\]\\n]{0,120}]|\u2026|\\.(?:[ \\t\\u00A0\\u2009\\u202F]*\\.){2,}");
    private static final Pattern ONLY_DOTS = Pattern.compile("[\\s.\u2026]*[.\u2026][\\s.\u2026]*");
    private static final int INSERTION_SLACK = 2;
    private static final int MIN_INSERTION_WORDS = 3;

    QuotePattern {
        segments = List.copyOf(segments);
    }

    static QuotePattern parse(String quotation) {
        Builder builder = new Builder();
        Matcher special = SPECIAL.matcher(quotation);
        int done = 0;
        while (special.find()) {
            builder.text(quotation.substring(done, special.start()));
            String found = special.group();
            if (!found.startsWith("[")) {
                builder.gap();
            } else {
                String inside = found.substring(1, found.length() - 1);
                if (ONLY_DOTS.matcher(inside).matches()) {
                    builder.gap();
                } else if (attachedToWord(quotation, special.start(), special.end())) {
                    builder.text(inside);
                } else {
                    builder.insertion(inside);
                }
            }
            done = special.end();
        }
        builder.text(quotation.substring(done));
        return builder.build();
    }

    int wordCount() {
        return segments.stream().mapToInt(segment -> segment.words().size()).sum();
    }

    private static boolean attachedToWord(String text, int open, int close) {
        return (open > 0 && Character.isLetterOrDigit(text.charAt(open - 1)))
                || (close < text.length() && Character.isLetterOrDigit(text.charAt(close)));
    }

    /** Collects elements; text is buffered so that "[T]he" joins the letters either side of the brackets. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final List<Element> current = new ArrayList<>();
        private final StringBuilder pendingText = new StringBuilder();

        void text(String text) {
            pendingText.append(text);
        }

        void insertion(String inside) {
            flushText();
            int[] words = {0};
            WordTokenizer.tokenize(inside, 0, inside.length(), (word, start, end) -> words[0]++);
            current.add(new Insertion(Math.max(MIN_INSERTION_WORDS, words[0] + INSERTION_SLACK)));
        }

        void gap() {
            flushText();
            closeSegment();
        }

        QuotePattern build() {
            gap();
            return new QuotePattern(segments);
        }

        private void flushText() {
            String text = pendingText.toString();
            WordTokenizer.tokenize(
                    text,
                    0,
                    text.length(),
                    (word, start, end) -> current.add(new Word(word, text.substring(start, end))));
            pendingText.setLength(0);
        }

        private void closeSegment() {
            // An insertion at either end of a segment can always match nothing, so it adds no constraint.
            while (!current.isEmpty() && current.get(0) instanceof Insertion) {
                current.remove(0);
            }
            while (!current.isEmpty() && current.get(current.size() - 1) instanceof Insertion) {
                current.remove(current.size() - 1);
            }
            if (!current.isEmpty()) {
                segments.add(new Segment(List.copyOf(current)));
            }
            current.clear();
        }
    }
}
