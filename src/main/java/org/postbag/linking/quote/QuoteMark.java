package org.postbag.linking.quote;

/**
 * Decides whether a double quote mark opens or closes a quotation, from the characters either side of it.
 *
 * <p>A mark that touches a word on its right and space or an opening bracket on its left can open; one that touches a
 * word on its left and space or punctuation on its right can close. Straight marks are read by that alone; curly marks
 * keep their printed role unless the context clearly says the typist got it backwards (“like this“). A mark with
 * space on both sides, or letters on both sides, is ignored as stray, so it cannot open a quotation that swallows the
 * rest of the paragraph.
 */
enum QuoteMark {
    OPEN,
    CLOSE,
    IGNORE;

    static final String DOUBLE_MARKS = "\"\u201C\u201D";

    private static final char STRAIGHT = '"';
    private static final char CURLY_OPEN = '\u201C';
    private static final String BEFORE_OPENING = "([{<\u2014\u2013-/\u2018'\u201C\":,;";
    private static final String AFTER_CLOSING = ".,;:!?)]}>\u2014\u2013-/\u2019'\u201D\"\u2026";

    static boolean isDoubleMark(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0;
    }

    /** The role of the mark at {@code index}, within the paragraph {@code [from, to)}. */
    static QuoteMark at(String text, int index, int from, int to, boolean insideQuotation) {
        char mark = text.charAt(index);
        boolean hasBefore = index > from;
        boolean hasAfter = index + 1 < to;
        char before = hasBefore ? text.charAt(index - 1) : ' ';
        char after = hasAfter ? text.charAt(index + 1) : ' ';
        boolean canOpen = hasAfter
                && !Character.isWhitespace(after)
                && (Character.isWhitespace(before) || BEFORE_OPENING.indexOf(before) >= 0);
        boolean canClose = hasBefore
                && !Character.isWhitespace(before)
                && (Character.isWhitespace(after) || AFTER_CLOSING.indexOf(after) >= 0);
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
