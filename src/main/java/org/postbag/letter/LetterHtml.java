package org.postbag.letter;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a letter's plain text as HTML. Everything the reader typed is escaped: the only
 * markup in the result is what this class writes (paragraphs, block quotations, line breaks
 * and, where the magazine allows it, links with {@code rel="nofollow ugc noopener"}).
 */
public final class LetterHtml {

    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'`]+[^\\s<>\"'`.,;:!?)\\]]");
    private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");

    private LetterHtml() {}

    public static String render(String text, boolean linkAddresses) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : LetterText.paragraphs(text)) {
            if (paragraph.startsWith(">")) {
                String quoted = QUOTE_MARKER.matcher(paragraph).replaceAll("");
                html.append("<blockquote><p>")
                        .append(inline(quoted.strip(), linkAddresses))
                        .append("</p></blockquote>\n");
            } else {
                html.append("<p>").append(inline(paragraph, linkAddresses)).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** A stretch of the text to highlight, by offsets into the text, with a class and a label for screen readers. */
    public record Mark(int start, int end, String cssClass, String label) {}

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    /**
     * Renders the text as {@link #render} does (addresses as text), with the marked stretches
     * wrapped in {@code mark} elements. Marks may cross paragraphs; they are closed and opened
     * again at each paragraph's edge.
     */
    public static String render(String text, List<Mark> marks) {
        List<Mark> sorted =
                marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList();
        StringBuilder html = new StringBuilder();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            int next = end < text.length() ? breaks.end() : text.length();
            paragraph(text, start, end, sorted, html);
            start = next;
        }
        return html.toString();
    }

    private static void paragraph(String text, int start, int end, List<Mark> marks, StringBuilder html) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= end) {
            return;
        }
        boolean quote = text.charAt(start) == '>';
        boolean[] skip = new boolean[end - start];
        if (quote) {
            Matcher marker = QUOTE_MARKER.matcher(text).region(start, end);
            while (marker.find()) {
                for (int i = marker.start(); i < marker.end(); i++) {
                    skip[i - start] = true;
                }
            }
        }
        html.append(quote ? "<blockquote><p>" : "<p>");
        Mark open = null;
        for (int i = start; i < end; i++) {
            if (open != null && i >= open.end()) {
                html.append("</mark>");
                open = null;
            }
            if (open == null) {
                for (Mark mark : marks) {
                    if (mark.start() <= i && i < mark.end()) {
                        open = mark;
                        html.append("<mark class=\"")
                                .append(escape(mark.cssClass()))
                                .append("\" title=\"")
                                .append(escape(mark.label()))
                                .append("\">");
                        break;
                    }
                }
            }
            if (skip[i - start]) {
                continue;
            }
            char c = text.charAt(i);
            html.append(c == '\n' ? "<br>\n" : escape(String.valueOf(c)));
        }
        if (open != null) {
            html.append("</mark>");
        }
        html.append(quote ? "</p></blockquote>\n" : "</p>\n");
    }

    private static String inline(String paragraph, boolean linkAddresses) {
        StringBuilder html = new StringBuilder();
        Matcher url = URL.matcher(paragraph);
        int last = 0;
        while (linkAddresses && url.find()) {
            html.append(escapeWithBreaks(paragraph.substring(last, url.start())));
            String address = escape(url.group());
            html.append("<a href=\"")
                    .append(address)
                    .append("\" rel=\"nofollow ugc noopener\">")
                    .append(address)
                    .append("</a>");
            last = url.end();
        }
        html.append(escapeWithBreaks(paragraph.substring(last)));
        return html.toString();
    }

    private static String escapeWithBreaks(String text) {
        return escape(text).replace("\n", "<br>\n");
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
