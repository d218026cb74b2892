package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of a letter: {@code [start, end)} covers its first to its last non-blank character. */
record Paragraph(int start, int end) {

    boolean isBlockQuotation(String text) {
        return text.charAt(start) == '>';
    }

    /** Splits text into paragraphs at blank lines (lines holding only whitespace). */
    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (first == lineEnd) {
                if (start >= 0) {
                    paragraphs.add(new Paragraph(start, end));
                    start = -1;
                }
            } else {
                int last = lineEnd;
                while (Character.isWhitespace(text.charAt(last - 1))) {
                    last--;
                }
                start = start < 0 ? first : start;
                end = last;
            }
            lineStart = lineEnd + 1;
        }
        if (start >= 0) {
            paragraphs.add(new Paragraph(start, end));
        }
        return paragraphs;
    }
}
