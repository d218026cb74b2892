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
 * <p>Inline quotations cross a paragraph break only as printers set a quotation of several paragraphs: each paragraph
 * opens with a mark and only the last one closes. Otherwise an opening mark that is never closed gives an
 * {@link Kind#UNCLOSED} quotation ending with its paragraph, so one stray mark cannot swallow the rest of the letter.
 * Quotes nested inside a quotation stay part of it. Single curly marks (‘…’) quote only outside any other quotation,
 * and straight single marks never do, so apostrophes (don't, Miles', the '90s) need no special care. Consecutive
 * block paragraphs are one quotation, unless a line signs one of them ({@code > -- Kropotkin}).
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
            Paragraph lead = i > 0 ? lead(letter, paragraphs.get(i - 1)) : NO_LEAD;
            int last = i;
            if (paragraphs.get(i).isBlockQuotation(letter)) {
                // A block ends where a line signs it ("> -- Kropotkin"): the next block is another quotation.
                while (last + 1 < paragraphs.size()
                        && paragraphs.get(last + 1).isBlockQuotation(letter)
                        && !isSigned(letter, paragraphs.get(last))) {
                    last++;
                }
                Paragraph next = last + 1 < paragraphs.size() ? paragraphs.get(last + 1) : NO_LEAD;
                block(letter, paragraphs.get(i).start(), paragraphs.get(last).end(), lead, next)
                        .ifPresent(quotations::add);
            } else {
                // A quotation of several paragraphs opens each of them with a mark and closes only the last.
                List<Integer> reopened = new ArrayList<>();
                while (last + 1 < paragraphs.size()
                        && !paragraphs.get(last + 1).isBlockQuotation(letter)
                        && scan(
                                letter,
                                paragraphs.get(i).start(),
                                paragraphs.get(last).end(),
                                reopened,
                                null)
                        && reopens(letter, paragraphs.get(last + 1))) {
                    last++;
                    reopened.add(paragraphs.get(last).start());
                }
                Paragraph span = new Paragraph(
                        paragraphs.get(i).start(), paragraphs.get(last).end());
                scan(letter, span.start(), span.end(), reopened, (open, close, kind) -> inlineQuotation(
                                letter, span, lead, open, close, kind)
                        .ifPresent(quotations::add));
            }
            i = last;
        }
        return quotations;
    }

    /** What the scan finds: a quotation whose marks are at {@code open} and {@code close}. */
    private interface Found {
        void quotation(int open, int close, Kind kind);
    }

    /**
     * Reads the quote marks of {@code [from, to)}, skipping the marks that reopen a continued quotation, and reports
     * each outermost quotation to {@code found} (if given); returns whether a quotation is left open at the end.
     */
    private static boolean scan(String letter, int from, int to, List<Integer> reopened, Found found) {
        Deque<Integer> openMarks = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            if (!QuoteMark.isQuoteMark(letter.charAt(i)) || reopened.contains(i)) {
                continue;
            }
            char opener = openMarks.isEmpty() ? 0 : letter.charAt(openMarks.peek());
            QuoteMark mark = QuoteMark.at(letter, i, from, to, opener);
            if (mark == QuoteMark.OPEN) {
                openMarks.push(i);
            } else if (mark == QuoteMark.CLOSE && !openMarks.isEmpty()) {
                int open = openMarks.pop();
                if (openMarks.isEmpty() && found != null) {
                    found.quotation(open, i, Kind.INLINE);
                }
            }
        }
        if (!openMarks.isEmpty() && found != null) {
            found.quotation(openMarks.getLast(), to, Kind.UNCLOSED);
        }
        return !openMarks.isEmpty();
    }

    /** Whether a paragraph starts with a mark that opens a quotation, continuing one left open before it. */
    private static boolean reopens(String letter, Paragraph paragraph) {
        return QuoteMark.isQuoteMark(letter.charAt(paragraph.start()))
                && QuoteMark.at(letter, paragraph.start(), paragraph.start(), paragraph.end(), (char) 0)
                        == QuoteMark.OPEN;
    }

    private static boolean isSigned(String letter, Paragraph paragraph) {
        return SIGNATURE
                .matcher(letter.substring(paragraph.start(), paragraph.end()))
                .find();
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
