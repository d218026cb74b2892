package org.postbag.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The letter in an email: the writer's own words, without the earlier messages a reply quotes
 * or the signature under them. Pure text rules, tested without a server; the email as received
 * is kept beside the letter, so nothing taken off here is lost.
 */
public final class EmailText {

    /** Where the writer's text ends: everything from such a line on is quoted, forwarded or signed. */
    private static final List<Pattern> END = List.of(
            Pattern.compile("^-- ?$"),
            Pattern.compile(
                    "^-{2,}\\s*(Original Message|Forwarded message|Message d'origine|Ursprüngliche Nachricht)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{20,}\\s*$"),
            Pattern.compile(
                    "^(Sent from my|Sent from Outlook|Get Outlook for|Envoyé de mon)\\b.*", Pattern.CASE_INSENSITIVE));

    /** "On Mon, 1 Dec 2026 at 10:02, Ann <ann@example.org> wrote:", perhaps broken over two lines. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(On\\b.{0,300}\\bwrote|Le\\b.{0,300}\\ba écrit|Am\\b.{0,300}\\bschrieb)\\s?:\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Outlook's header block above a quoted message: "From: ..." then "Sent:" or "Date:". */
    private static final Pattern HEADER_FROM =
            Pattern.compile("^\\*?(From|De|Von)\\s?:\\*?\\s.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADER_NEXT =
            Pattern.compile("^\\*?(Sent|Date|To|Envoyé|Gesendet)\\s?:\\*?\\s.*", Pattern.CASE_INSENSITIVE);

    private EmailText() {}

    /** The writer's words in a plain-text email. */
    public static String fromPlain(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (ends(trimmed)) {
                break;
            }
            if (HEADER_FROM.matcher(trimmed).matches()
                    && i + 1 < lines.length
                    && HEADER_NEXT.matcher(lines[i + 1].strip()).matches()) {
                break;
            }
            if (trimmed.startsWith(">")) {
                continue;
            }
            if (ATTRIBUTION.matcher(trimmed).matches()) {
                continue;
            }
            if (i + 1 < lines.length
                    && ATTRIBUTION.matcher(trimmed + " " + lines[i + 1].strip()).matches()) {
                i++;
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return tidy(kept);
    }

    private static boolean ends(String trimmed) {
        for (Pattern end : END) {
            if (end.matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The writer's words in an HTML email: quoted blocks and marked signatures go, then as for plain text. */
    public static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("head, style, script, title").remove();
        document.select("blockquote, div.gmail_quote, div.gmail_signature, div.moz-cite-prefix, div.moz-signature,"
                        + " pre.moz-signature, #appendonsend, div.yahoo_quoted, .OutlookMessageHeader")
                .remove();
        Element outlook = document.getElementById("divRplyFwdMsg");
        if (outlook != null) {
            Element next;
            while ((next = outlook.nextElementSibling()) != null) {
                next.remove();
            }
            outlook.remove();
        }
        return fromPlain(plainText(document.body()));
    }

    /** Paragraphs as blank-line-separated blocks, line breaks as line breaks. */
    static String plainText(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (PARAGRAPHS.contains(tag)) {
                        out.append("\n\n");
                    } else if (LINES.contains(tag)) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString().replace('\u00a0', ' ');
    }

    private static final List<String> PARAGRAPHS =
            List.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre", "hr");
    private static final List<String> LINES = List.of("div", "li", "tr", "dt", "dd");

    /** Lines stripped at the end, no run of more than one blank line, nothing blank at either end. */
    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String clean = line.stripTrailing().replaceAll("^[ \\t]+(?=\\S)", "");
            if (clean.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (blank) {
                out.append("\n\n");
            } else if (out.length() > 0) {
                out.append('\n');
            }
            blank = false;
            out.append(clean);
        }
        return out.toString();
    }
}
