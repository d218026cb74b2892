package org.postbag.letter;

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
