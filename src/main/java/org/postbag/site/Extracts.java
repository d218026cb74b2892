package org.postbag.site;

import java.util.regex.Pattern;

/**
 * A search extract as a reader reads it: the quotation markers ({@code >}) of the letter's
 * plain text taken out, and an ellipsis wherever the extract starts or ends inside the text, so
 * that a sentence cut short does not look like the whole of what was written.
 */
final class Extracts {

    /** What PostgreSQL's ts_headline is told to put between two fragments. */
    static final char FRAGMENTS = '\u0004';

    private static final Pattern MARKS = Pattern.compile("[\u0002\u0003]");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Extracts() {}

    static String withEllipses(String extract, String whole) {
        String text = plain(whole);
        String[] fragments = extract.split(String.valueOf(FRAGMENTS), -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragments.length; i++) {
            String fragment = fragments[i].strip();
            if (fragment.isEmpty()) {
                continue;
            }
            String words = plain(MARKS.matcher(fragment).replaceAll(""));
            if (!text.startsWith(words)) {
                out.append(out.length() == 0 ? "… " : " ");
            } else if (out.length() > 0) {
                out.append(' ');
            }
            out.append(fragment);
            if (!text.endsWith(words)) {
                out.append(" …");
            }
        }
        return out.toString().replace("… …", "…");
    }

    private static String plain(String text) {
        return SPACES.matcher(QUOTE_MARKERS.matcher(text == null ? "" : text).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }
}
