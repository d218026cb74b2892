package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Quotation.Kind;

/**
 * Finds the quotations in a letter's plain text: text between double quote marks (straight or curly) and block
 * quotations, which are paragraphs starting with {@code >}.
 *
 * <p>Inline quotations never cross a paragraph break: an opening mark that is never closed gives an
 * {@link Kind#UNCLOSED} quotation ending with its paragraph, so one stray mark cannot swallow the rest of the letter.
 * Double quotes nested inside a quotation stay part of it. Single quotes are never quotation marks here, so nested
 * single quotes and apostrophes (don't, Miles', the '90s) need no special care.
 */
public final class QuotationFinder {

    private static final Pattern BLOCK_MARKERS = Pattern.compile("(?m)^[ \\t]*>+[ \\t]?");
    private static final String TRAILING_PUNCTUATION = ".,;:!?";

    private final AttributionDetector attributions = new AttributionDetector();

    /** The quotations in order of appearance. */
    public List<Quotation> find(String letter) {
        requireNonNull(letter, "letter");
        List<Paragraph> paragraphs = Paragraph.split(letter);
        List<Quotation> quotations = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).isBlockQuotation(letter)) {
                int last = i;
                while (last + 1 < paragraphs.size() && paragraphs.get(last + 1).isBlockQuotation(letter)) {
                    last++;
                }
                Optional<String> attribution = i > 0 ? introducedBy(letter, paragraphs.get(i - 1)) : Optional.empty();
                block(letter, paragraphs.get(i).start(), paragraphs.get(last).end(), attribution)
                        .ifPresent(quotations::add);
                i = last;
            } else {
                inline(letter, paragraphs.get(i), quotations);
            }
        }
        return quotations;
    }

    private void inline(String letter, Paragraph paragraph, List<Quotation> quotations) {
        Deque<Integer> openMarks = new ArrayDeque<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (!QuoteMark.isDoubleMark(letter.charAt(i))) {
                continue;
            }
            QuoteMark mark = QuoteMark.at(letter, i, paragraph.start(), paragraph.end(), !openMarks.isEmpty());
            if (mark == QuoteMark.OPEN) {
                openMarks.push(i);
            } else if (mark == QuoteMark.CLOSE && !openMarks.isEmpty()) {
                int open = openMarks.pop();
                if (openMarks.isEmpty()) {
                    inlineQuotation(letter, paragraph, open, i, Kind.INLINE).ifPresent(quotations::add);
                }
            }
        }
        if (!openMarks.isEmpty()) {
            int outermost = openMarks.getLast();
            inlineQuotation(letter, paragraph, outermost, paragraph.end(), Kind.UNCLOSED)
                    .ifPresent(quotations::add);
        }
    }

    private Optional<Quotation> inlineQuotation(String letter, Paragraph paragraph, int open, int close, Kind kind) {
        int start = skipSpaceForward(letter, open + 1, close);
        int end = skipSpaceBackward(letter, start, close);
        if (!hasWord(letter, start, end)) {
            return Optional.empty();
        }
        Optional<String> attribution = attributions.nameBefore(letter.substring(paragraph.start(), open));
        return Optional.of(new Quotation(letter.substring(start, end), start, end, kind, attribution));
    }

    /** A block quotation from {@code from} to {@code to}, without its markers and any quote marks around it. */
    private static Optional<Quotation> block(String letter, int from, int to, Optional<String> attribution) {
        int start = from;
        while (start < to && (letter.charAt(start) == '>' || Character.isWhitespace(letter.charAt(start)))) {
            start++;
        }
        if (start < to && QuoteMark.isDoubleMark(letter.charAt(start))) {
            start = skipSpaceForward(letter, start + 1, to);
        }
        int end = to;
        if (end - 1 > start
                && TRAILING_PUNCTUATION.indexOf(letter.charAt(end - 1)) >= 0
                && QuoteMark.isDoubleMark(letter.charAt(end - 2))) {
            end -= 2;
        } else if (end > start && QuoteMark.isDoubleMark(letter.charAt(end - 1))) {
            end--;
        }
        end = skipSpaceBackward(letter, start, end);
        if (!hasWord(letter, start, end)) {
            return Optional.empty();
        }
        String text = BLOCK_MARKERS.matcher(letter.substring(start, end)).replaceAll("");
        return Optional.of(new Quotation(text, start, end, Kind.BLOCK, attribution));
    }

    /** A paragraph that runs on into a block quotation ("To quote Bakunin:") may attribute it. */
    private Optional<String> introducedBy(String letter, Paragraph previous) {
        if (previous.isBlockQuotation(letter) || ".!?".indexOf(letter.charAt(previous.end() - 1)) >= 0) {
            return Optional.empty();
        }
        return attributions.nameBefore(letter.substring(previous.start(), previous.end()));
    }

    private static int skipSpaceForward(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int skipSpaceBackward(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
