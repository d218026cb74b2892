package org.postbag.archive.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.postbag.letter.LetterText;

/**
 * HTML as Postbag's plain text ({@link LetterText}): paragraphs separated by a blank line, a
 * block quotation as a paragraph that starts with {@code >}, a line break kept as a line
 * break, entities decoded, and nothing of scripts, styles, frames or forms. Parsed by jsoup,
 * the way a browser would, so that unclosed or nested tags come out as a reader saw them.
 */
public final class HtmlText {

    /** Elements whose content is never text a reader read. */
    static final String NOT_TEXT = "script, style, noscript, iframe, frame, object, embed, template, form, svg, math,"
            + " canvas, video, audio, head, title, link, meta";

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "dl",
            "dt",
            "dd",
            "address",
            "aside",
            "main",
            "nav",
            "details",
            "summary",
            "caption");

    private HtmlText() {}

    /** A fragment of HTML (a post's content) as plain text. */
    public static String of(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        body.select(NOT_TEXT).remove();
        return paragraphsOf(List.of(body));
    }

    /** True where the HTML held something that is not text, which the plain text leaves out. */
    public static boolean hadActiveContent(String html) {
        return html != null
                && !Jsoup.parseBodyFragment(html)
                        .body()
                        .select("script, style, iframe, object, embed, form")
                        .isEmpty();
    }

    /** Block elements (already parsed) as plain text, one paragraph or more each. */
    static String paragraphsOf(List<? extends Node> nodes) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Element element && !element.normalName().equals("body")) {
                collect(List.of(element), false, paragraphs, inline);
            } else {
                collect(node.childNodes(), false, paragraphs, inline);
            }
        }
        flush(inline, false, paragraphs);
        return LetterText.normalise(String.join("\n\n", paragraphs));
    }

    private static void collect(List<Node> nodes, boolean quoted, List<String> paragraphs, StringBuilder inline) {
        for (Node node : nodes) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush(inline, quoted, paragraphs);
                String name = element.normalName();
                if (name.equals("hr")) {
                    continue;
                }
                StringBuilder inner = new StringBuilder();
                boolean quote = quoted || name.equals("blockquote");
                collect(element.childNodes(), quote, paragraphs, inner);
                if (name.equals("li") && !collapse(inner.toString()).isEmpty()) {
                    inner.insert(0, "- ");
                }
                flush(inner, quote, paragraphs);
            } else {
                inline(node, inline);
            }
        }
    }

    private static void inline(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                text.append('\n');
                return;
            }
            for (Node child : element.childNodes()) {
                inline(child, text);
            }
        }
    }

    private static void flush(StringBuilder inline, boolean quoted, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String line : inline.toString().split("\n")) {
            String collapsed = collapse(line);
            if (!collapsed.isEmpty()) {
                lines.add(quoted ? "> " + collapsed : collapsed);
            }
        }
        inline.setLength(0);
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }

    /** White space of any kind (HTML source line breaks, tabs, non-breaking spaces) as single spaces. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
