package org.postbag.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The pages and the bundle agree: every key a page or a bean asks for is in the base bundle, every key of the base
 * bundle is asked for somewhere, and the reader's pages hold no words of their own outside EL.
 */
class PageWordsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path BASE = Path.of("src/main/resources/org/postbag/i18n/messages.properties");

    /**
     * A key as the pages and beans name it: msg['write.title'], words.fill('search.title', ...), Words.of(c, "k"), and
     * as services refuse with it: DomainException.of("k", ...), Wording.of("k", ...).
     */
    private static final Pattern ASKED = Pattern.compile("msg\\['([\\w.]*\\w)']|words\\.fill\\d?\\('([\\w.]*\\w)'"
            + "|(?:Words\\.(?:of|in)\\([^,]+,\\s*|(?:DomainException|Wording)\\.of\\(\\s*)\"([\\w.]*\\w)\"");
    /** Any quoted string that looks like a key, or a key's prefix ending in a dot (keys built at run time). */
    private static final Pattern QUOTED = Pattern.compile("['\"]([a-zA-Z][\\w]*(?:\\.[\\w]+)*\\.?)['\"]");
    /** The attributes whose values a person reads. */
    private static final Set<String> READ_ATTRIBUTES =
            Set.of("label", "hint", "title", "aria-label", "alt", "placeholder");

    @Test
    void everyKeyAPageOrABeanAsksForIsInTheBaseBundle() throws IOException {
        Set<String> keys = load(BASE).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String source : sources()) {
            Matcher asked = ASKED.matcher(source);
            while (asked.find()) {
                String key = asked.group(1) != null
                        ? asked.group(1)
                        : asked.group(2) != null ? asked.group(2) : asked.group(3);
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("keys asked for but not in messages.properties").isEmpty();
    }

    @Test
    void everyKeyOfTheBaseBundleIsUsed() throws IOException {
        Set<String> quoted = new TreeSet<>();
        for (String source : sources()) {
            Matcher matcher = QUOTED.matcher(source);
            while (matcher.find()) {
                quoted.add(matcher.group(1));
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load(BASE).stringPropertyNames()) {
            boolean used = key.startsWith("language.")
                    || quoted.contains(key)
                    || quoted.stream().anyMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix));
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused)
                .as("keys of messages.properties no page or bean uses")
                .isEmpty();
    }

    /**
     * Every page and fragment of the application, converted to the bundle: the reader's, the desk's, the admin's, the
     * sign-in, account and welcome pages and the error pages.
     */
    /**
     * A service refuses with a bundle key ({@code DomainException.of}), never with English words that a German reader
     * or editor would then read: the page chooses the language. Messages put on a page by a bean go through the bundle
     * too ({@code Words.of}), so no bean writes a sentence into a message or a flash.
     */
    @Test
    void noJavaCodeRefusesOrTellsInWords() throws IOException {
        Pattern inWords = Pattern.compile(
                "new (?:[\\w.]+\\.)?DomainException\\(\"|addFlashGlobalInfo\\(\"|addGlobalInfo\\(\"|addGlobalError\\(\""
                        + "|PageActionBoundary\\.(?:refuse|done)\\(\"[A-Z]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = inWords.matcher(text);
                while (matcher.find()) {
                    found.add(JAVA.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(found)
                .as("refusals and messages written in words, not bundle keys")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WEB-INF/templates/layout.xhtml",
                "WEB-INF/tags/debate-node.xhtml",
                "WEB-INF/tags/error-summary.xhtml",
                "WEB-INF/tags/field.xhtml",
                "WEB-INF/tags/flash.xhtml",
                "WEB-INF/tags/published.xhtml",
                "write.xhtml",
                "sent.xhtml",
                "confirm.xhtml",
                "status.xhtml",
                "follow.xhtml",
                "approve-edit.xhtml",
                "index.xhtml",
                "issues.xhtml",
                "threads.xhtml",
                "letters.xhtml",
                "articles.xhtml",
                "writers.xhtml",
                "search.xhtml",
                "account.xhtml",
                "sign-in.xhtml",
                "signed-out.xhtml",
                "welcome.xhtml",
                "admin/audit.xhtml",
                "admin/import.xhtml",
                "admin/index.xhtml",
                "admin/outbox.xhtml",
                "admin/privacy.xhtml",
                "admin/sections.xhtml",
                "admin/settings.xhtml",
                "admin/users.xhtml",
                "editor/articles.xhtml",
                "editor/pieces.xhtml",
                "editor/issue.xhtml",
                "editor/issues.xhtml",
                "editor/mailbox.xhtml",
                "editor/account.xhtml",
                "editor/queue.xhtml",
                "editor/diff.xhtml",
                "editor/edit.xhtml",
                "editor/post.xhtml",
                "editor/preview.xhtml",
                "editor/threads.xhtml",
                "editor/letters.xhtml",
                "WEB-INF/tags/shortcuts.xhtml",
                "WEB-INF/tags/thread-node.xhtml",
                "WEB-INF/includes/letter-arrival.xhtml",
                "WEB-INF/errorpages/error.xhtml",
                "WEB-INF/errorpages/expired.xhtml",
                "WEB-INF/errorpages/forbidden.xhtml",
                "WEB-INF/errorpages/not-found.xhtml",
                "WEB-INF/errorpages/too-large.xhtml",
                "WEB-INF/errorpages/too-many-requests.xhtml",
                "WEB-INF/errorpages/unavailable.xhtml"
            })
    void noPageHasWordsOutsideEl(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root;
        try (InputStream in = Files.newInputStream(WEBAPP.resolve(page))) {
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<String> words = new ArrayList<>();
        collect(root, words);
        assertThat(words).as(page).isEmpty();
    }

    private static void collect(Node node, List<String> words) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            addIfWords(node.getNodeValue(), words);
            return;
        }
        if (node instanceof Element element) {
            String name = element.getLocalName();
            // A key to press (<kbd>j</kbd>) is the same key in every language: desk.js binds it, not a word.
            if ("script".equals(name) || "style".equals(name) || "kbd".equals(name)) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String attributeName =
                        attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                boolean read = READ_ATTRIBUTES.contains(attributeName)
                        || ("value".equals(attributeName) && "commandButton".equals(name))
                        || ("content".equals(attributeName)
                                && "meta".equals(name)
                                && (element.getAttribute("name").equals("description")
                                        || element.getAttribute("property").equals("og:title")));
                if (read) {
                    addIfWords(attribute.getValue(), words);
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                collect(child, words);
            }
        }
    }

    private static void addIfWords(String text, List<String> words) {
        String outside = withoutEl(text).strip();
        if (outside.codePoints().anyMatch(Character::isLetter)) {
            words.add(outside);
        }
    }

    /** The text with every #{...} taken out, braces inside an expression counted. */
    static String withoutEl(String text) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && c == '#' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    private static List<String> sources() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path root : List.of(WEBAPP, JAVA)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f ->
                                f.toString().endsWith(".xhtml") || f.toString().endsWith(".java"))
                        .toList()) {
                    sources.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return sources;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
