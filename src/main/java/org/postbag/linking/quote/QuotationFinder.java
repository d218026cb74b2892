package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Quotation.Kind;

/**
 * Finds the quotations in a letter's plain text: text between double quote marks (straight or curly, and the marks
 * of German, French, Swiss and CJK typography, see {@link QuoteMark}) and block quotations, which are paragraphs
 * starting with {@code >}.
 *
 * <p>Inline quotations never cross a paragraph break: an opening mark that is never closed gives an
 * {@link Kind#UNCLOSED} quotation ending with its paragraph, so one stray mark cannot swallow the rest of the letter.
 * Double quotes nested inside a quotation stay part of it. English single quotes are never quotation marks here, so
 * nested single quotes and apostrophes (don't, Miles', the '90s) need no special care.
 */
public final class QuotationFinder {

    private static final Pattern BLOCK_MARKERS = Pattern.compile("(?m)^[ \\t]*>+[ \\t]?");
    private static final String TRAILING_PUNCTUATION = ".,;:!?";
    private static final Pattern SIGNATURE =
            Pattern.compile("(?:^|\\n)[ \\t]*>+[ \\t]*((?:--|\u2014|\u2013)[^\\n]{1,80})\\s*$");
    private static final Paragraph NO_LEAD = new Paragraph(0, 0);

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
                Paragraph lead = i > 0 ? lead(letter, paragraphs.get(i - 1)) : NO_LEAD;
                Paragraph next = last + 1 < paragraphs.size() ? paragraphs.get(last + 1) : NO_LEAD;
                block(letter, paragraphs.get(i).start(), paragraphs.get(last).end(), lead, next)
                        .ifPresent(quotations::add);
                i = last;
            } else {
                inline(letter, paragraphs.get(i), i > 0 ? lead(letter, paragraphs.get(i - 1)) : NO_LEAD, quotations);
            }
        }
        return quotations;
    }

    private void inline(String letter, Paragraph paragraph, Paragraph lead, List<Quotation> quotations) {
        Deque<Integer> openMarks = new ArrayDeque<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (!QuoteMark.isQuoteMark(letter.charAt(i))) {
                continue;
            }
            char opener = openMarks.isEmpty() ? 0 : letter.charAt(openMarks.peek());
            QuoteMark mark = QuoteMark.at(letter, i, paragraph.start(), paragraph.end(), opener);
            if (mark == QuoteMark.OPEN) {
                openMarks.push(i);
            } else if (mark == QuoteMark.CLOSE && !openMarks.isEmpty()) {
                int open = openMarks.pop();
                if (openMarks.isEmpty()) {
                    inlineQuotation(letter, paragraph, lead, open, i, Kind.INLINE)
                            .ifPresent(quotations::add);
                }
            }
        }
        if (!openMarks.isEmpty()) {
            int outermost = openMarks.getLast();
            inlineQuotation(letter, paragraph, lead, outermost, paragraph.end(), Kind.UNCLOSED)
                    .ifPresent(quotations::add);
        }
    }

    private Optional<Quotation> inlineQuotation(
            String letter, Paragraph paragraph, Paragraph lead, int open, int close, Kind kind) {
        int start = skipSpaceForward(letter, open + 1, close);
        int end = skipSpaceBackward(letter, start, close);
        if (!hasWord(letter, start, end)) {
            return Optional.empty();
        }
        String text = letter.substring(start, end);
        Attribution attribution = attributions.attribute(
                letter, open, close, paragraph.start(), paragraph.end(), lead.start(), lead.end(), text);
        return Optional.of(new Quotation(text, start, end, kind, attribution));
    }

    /** A block quotation from {@code from} to {@code to}, without its markers and any quote marks around it. */
    private Optional<Quotation> block(String letter, int from, int to, Paragraph lead, Paragraph next) {
        Attribution signed = null;
        Matcher signature = SIGNATURE.matcher(letter.substring(from, to));
        if (signature.find()) {
            // "> -- Kropotkin, Mutual Aid" closing the block signs it, and is no part of the quotation.
            signed = CuesAfter.signature(signature.group(1)).orElse(null);
            to = signed == null ? to : from + signature.start();
        } else if (next.end() > next.start()) {
            signed = CuesAfter.signature(letter.substring(next.start(), next.end()))
                    .orElse(null);
        }
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
        Attribution attribution = signed != null
                ? signed
                : attributions.attribute(letter, from, end, from, end, lead.start(), lead.end(), text);
        return Optional.of(new Quotation(text, start, end, Kind.BLOCK, attribution));
    }

    /** The paragraph before a quotation, which may run into it ("To quote Bakunin:"); never a block quotation. */
    private static Paragraph lead(String letter, Paragraph previous) {
        return previous.isBlockQuotation(letter) ? NO_LEAD : previous;
    }

    private static int skipSpaceForward(String text, int from, int to) {
        while (from < to && QuoteMark.isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int skipSpaceBackward(String text, int from, int to) {
        while (to > from && QuoteMark.isSpace(text.charAt(to - 1))) {
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
