package org.postbag.linking.quote;

/**
 * Decides whether a quote mark opens or closes a quotation, from the mark itself, the quotation it may close and the
 * characters either side of it.
 *
 * <p>Two kinds of mark. English double marks ({@code " “ ”}) are read from their context: a mark that touches a word on
 * its right and space or an opening bracket on its left can open; one that touches a word on its left and space or
 * punctuation on its right can close. Straight marks are read by that alone; curly marks keep their printed role unless
 * the context clearly says the typist got it backwards (“like this“). A mark with space on both sides, or letters on
 * both sides, is ignored as stray, so it cannot open a quotation that swallows the rest of the paragraph.
 *
 * <p>The other typographies print the role in the mark: German „…“ (and Polish „…”), guillemets in French « … » (with
 * their non-breaking spaces), Swiss «…» and German »…«, CJK 「…」 and 『…』. Such a mark always opens, and only its
 * partner closes what it opened, so German's closing “ is read as a close inside „…“ although English prints it to
 * open. German ‚…‘ and French ‹…›, which no apostrophe looks like, count only outside any other quotation.
 *
 * <p>British typography quotes with single curly marks (‘…’), whose closing mark is also the apostrophe. Outside any
 * other quotation, a ‘ that opens by its context opens, and only a ’ that is not inside a word closes it
 * (“Natarajan’s” is an apostrophe); a plural possessive (“the tenants’ association”) closes only if no later ’ in
 * the paragraph could. Inside a double quotation single marks stay what they are, nested quotes or apostrophes, and
 * straight single marks are never quotation marks.
 */
enum QuoteMark {
    OPEN,
    CLOSE,
    IGNORE;

    /** Every mark that can open or close a double-level quotation, in any typography Postbag reads. */
    static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D\u300E\u300F";

    private static final char STRAIGHT = '"';
    private static final char CURLY_OPEN = '\u201C';
    private static final char SINGLE_CURLY_OPEN = '\u2018';
    private static final char SINGLE_CURLY_CLOSE = '\u2019';
    private static final String ENGLISH = "\"\u201C\u201D";
    private static final String SINGLE_OPENERS = "\u201A\u2039\u203A";
    private static final String BEFORE_OPENING = "([{<\u2014\u2013-/\u2018'\u201C\":,;\u00AB\u201E";
    private static final String AFTER_CLOSING = ".,;:!?)]}>\u2014\u2013-/\u2019'\u201D\"\u2026\u00BB\u201C";

    static boolean isDoubleMark(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0;
    }

    /** Whether {@code c} may open or close a quotation at all, single marks of the other typographies included. */
    static boolean isQuoteMark(char c) {
        return isDoubleMark(c) || SINGLE_OPENERS.indexOf(c) >= 0 || c == '\u2018' || c == '\u2019';
    }

    /** Space as a typesetter sees it: also the no-break and thin spaces French sets inside its guillemets. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The marks that close a quotation opened by {@code opener}; empty if it closes by context (English marks). */
    static String closersOf(char opener) {
        return switch (opener) {
            case '\u201E' -> "\u201C\u201D";
            case '\u201A' -> "\u2018\u2019";
            case '\u2018' -> "\u2019";
            case '\u00AB' -> "\u00BB";
            case '\u00BB' -> "\u00AB";
            case '\u2039' -> "\u203A";
            case '\u203A' -> "\u2039";
            case '\u300C' -> "\u300D";
            case '\u300E' -> "\u300F";
            default -> "";
        };
    }

    /**
     * The role of the mark at {@code index}, within the paragraph {@code [from, to)}, where {@code opener} is the mark
     * that opened the innermost quotation still open, or {@code 0} outside any.
     */
    static QuoteMark at(String text, int index, int from, int to, char opener) {
        char mark = text.charAt(index);
        boolean inside = opener != 0;
        boolean hasAfter = index + 1 < to;
        String closers = closersOf(opener);
        if (!closers.isEmpty() && closers.indexOf(mark) >= 0) {
            // German ‚…‘ closes with a mark that is also an apostrophe: "‚geht’s‘" closes only at the second one.
            boolean apostrophe = opener == '\u201A' && hasAfter && Character.isLetterOrDigit(text.charAt(index + 1));
            if (opener == SINGLE_CURLY_OPEN) {
                apostrophe = !closesSingle(text, index, from, to);
            }
            return apostrophe ? IGNORE : CLOSE;
        }
        if (mark == SINGLE_CURLY_OPEN) {
            return !inside && english(text, index, from, to, false) == OPEN ? OPEN : IGNORE;
        }
        if (SINGLE_OPENERS.indexOf(mark) >= 0) {
            boolean opens =
                    mark == '\u201A' ? hasAfter && !isSpace(text.charAt(index + 1)) : opensSomething(text, index, to);
            return !inside && opens ? OPEN : IGNORE;
        }
        if (!closersOf(mark).isEmpty()) {
            return opensSomething(text, index, to) ? OPEN : IGNORE;
        }
        if (ENGLISH.indexOf(mark) < 0) {
            // A closing CJK corner, or a single mark, that closes nothing open.
            return IGNORE;
        }
        QuoteMark role = english(text, index, from, to, inside);
        // An English mark inside „…“ or «…» may open a nested quotation, but never closes the outer one.
        return role == CLOSE && inside && ENGLISH.indexOf(opener) < 0 ? IGNORE : role;
    }

    /**
     * Whether the ’ at {@code index} closes a quotation opened by ‘: it ends a word and no letter follows it, and if it
     * may be a plural possessive (after an s, a word following), no later ’ in the paragraph closes instead.
     */
    private static boolean closesSingle(String text, int index, int from, int to) {
        if (index == from || isSpace(text.charAt(index - 1))) {
            return false;
        }
        if (index + 1 < to && Character.isLetterOrDigit(text.charAt(index + 1))) {
            return false;
        }
        boolean possessive = Character.toLowerCase(text.charAt(index - 1)) == 's'
                && index + 2 < to
                && isSpace(text.charAt(index + 1))
                && Character.isLowerCase(text.charAt(index + 2));
        if (!possessive) {
            return true;
        }
        for (int i = index + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == SINGLE_CURLY_OPEN) {
                return true;
            }
            if (c == SINGLE_CURLY_CLOSE
                    && !isSpace(text.charAt(i - 1))
                    && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A mark that prints its role opens only if some word follows it before the paragraph ends. */
    private static boolean opensSomething(String text, int index, int to) {
        for (int i = index + 1; i < to && i < index + 3; i++) {
            if (!isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static QuoteMark english(String text, int index, int from, int to, boolean insideQuotation) {
        char mark = text.charAt(index);
        boolean hasBefore = index > from;
        boolean hasAfter = index + 1 < to;
        char before = hasBefore ? text.charAt(index - 1) : ' ';
        char after = hasAfter ? text.charAt(index + 1) : ' ';
        boolean canOpen = hasAfter && !isSpace(after) && (isSpace(before) || BEFORE_OPENING.indexOf(before) >= 0);
        boolean canClose = hasBefore && !isSpace(before) && (isSpace(after) || AFTER_CLOSING.indexOf(after) >= 0);
        if (canOpen == canClose) {
            return IGNORE;
        }
        if (mark == STRAIGHT) {
            return canOpen ? OPEN : CLOSE;
        }
        if (mark == CURLY_OPEN) {
            return insideQuotation && canClose ? CLOSE : OPEN;
        }
        return !insideQuotation && canOpen ? OPEN : CLOSE;
    }
}
