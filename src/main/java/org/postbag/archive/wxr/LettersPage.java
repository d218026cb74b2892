package org.postbag.archive.wxr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A "Letters" post split into its letters. A letter starts at a heading (its headline) or
 * after a rule ({@code <hr>}), holds paragraphs and block quotations, and ends with its
 * sign-off: a paragraph of class {@code signoff}, or a last paragraph that is all bold and reads
 * "Name, Town". A part with no sign-off cannot be given to a writer and is returned as a problem.
 */
public final class LettersPage {

    /** A letter as printed on the page. */
    public record PrintedLetter(String headline, SignOff signOff, String body) {}

    /** The letters found, and the parts that are not letters, as the admin should read them. */
    public record Split(List<PrintedLetter> letters, List<String> problems) {}

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private LettersPage() {}

    public static Split split(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        body.select(HtmlText.NOT_TEXT).remove();
        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        boolean signed = false;
        for (Node node : body.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            boolean rule =
                    node instanceof Element element && element.normalName().equals("hr");
            boolean heading = node instanceof Element element && HEADINGS.contains(element.normalName());
            if (rule || (heading && signed)) {
                addPart(parts, current);
                current = new ArrayList<>();
                signed = false;
                if (rule) {
                    continue;
                }
            }
            current.add(node);
            signed |= signOffOf(node).isPresent();
        }
        addPart(parts, current);
        List<PrintedLetter> letters = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (List<Node> part : parts) {
            number++;
            String headline = null;
            List<Node> content = new ArrayList<>(part);
            if (!content.isEmpty()
                    && content.get(0) instanceof Element first
                    && HEADINGS.contains(first.normalName())) {
                headline = HtmlText.collapse(first.text());
                content.remove(0);
            }
            SignOff signOff = null;
            if (!content.isEmpty()) {
                Optional<SignOff> last = signOffOf(content.get(content.size() - 1));
                if (last.isPresent()) {
                    signOff = last.get();
                    content.remove(content.size() - 1);
                }
            }
            String text = HtmlText.paragraphsOf(content);
            if (signOff == null || text.isBlank()) {
                String what = headline != null ? "\"" + headline + "\"" : "part " + number;
                problems.add(what + (signOff == null ? " has no sign-off (\"Name, Town\")" : " has no text")
                        + ", so it cannot be given to a writer");
                continue;
            }
            letters.add(new PrintedLetter(headline, signOff, text));
        }
        return new Split(List.copyOf(letters), List.copyOf(problems));
    }

    private static void addPart(List<List<Node>> parts, List<Node> part) {
        boolean hasText = part.stream()
                .anyMatch(node -> node instanceof Element element
                        ? !element.text().isBlank()
                        : node instanceof TextNode text && !text.isBlank());
        if (hasText) {
            parts.add(part);
        }
    }

    /** The sign-off a paragraph holds, if it is one. */
    static Optional<SignOff> signOffOf(Node node) {
        if (!(node instanceof Element element) || !element.normalName().equals("p")) {
            return Optional.empty();
        }
        if (element.hasClass("signoff") || element.hasClass("sign-off")) {
            return SignOff.parse(element.text());
        }
        Element only = element.children().size() == 1 ? element.child(0) : null;
        boolean allBold = only != null
                && (only.normalName().equals("strong") || only.normalName().equals("b"))
                && HtmlText.collapse(only.text()).equals(HtmlText.collapse(element.text()));
        return allBold ? SignOff.parse(element.text()) : Optional.empty();
    }
}
