package org.postbag.site.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.postbag.house.Language;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.LetterHtml;
import org.postbag.site.PublicSite;

/**
 * Atom feeds, written with ROME: /feeds/letters.atom (the newest published letters) and
 * /feeds/threads/&lt;root&gt;.atom (every letter of one debate: "follow this debate").
 */
@WebServlet("/feeds/*")
public class Feeds extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern THREAD = Pattern.compile("/threads/([A-Z]-\\d{4}-\\d{5,})\\.atom");

    @Inject
    private transient PublicSite site;

    @Inject
    private transient Settings settings;

    @Inject
    private transient Config config;

    @Inject
    private transient Languages languages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Language language = languages.magazine();
        Locale locale = language.locale();
        Optional<SyndFeed> feed;
        if (path.equals("/letters.atom")) {
            feed = Optional.of(feed(
                    locale,
                    Words.in(locale, "feed.letters.title", settings.magazineName()),
                    "/",
                    "/feeds/letters.atom",
                    site.latestLetters(50)));
        } else {
            Matcher thread = THREAD.matcher(path);
            feed = thread.matches()
                    ? site.thread(thread.group(1))
                            .map(page -> feed(
                                    locale,
                                    Words.in(
                                            locale,
                                            "feed.thread.title",
                                            page.root().title()),
                                    "/threads/" + page.root().reference(),
                                    path.startsWith("/") ? "/feeds" + path : "/feeds/" + path,
                                    page.views().values().stream()
                                            .filter(view -> "letter".equals(view.kind()))
                                            .sorted(Comparator.comparing(PublicSite.View::publishedAt)
                                                    .reversed())
                                            .toList()))
                    : Optional.empty();
        }
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (Writer out = response.getWriter()) {
            // ROME writes no xml:lang on an Atom feed: set it on the document it builds.
            Document document = new SyndFeedOutput().outputJDom(feed.get());
            document.getRootElement().setAttribute("lang", language.tag(), Namespace.XML_NAMESPACE);
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
        } catch (FeedException e) {
            throw new IOException(e);
        }
    }

    private SyndFeed feed(Locale locale, String title, String page, String self, List<PublicSite.View> letters) {
        String base = config.baseUrl();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xml(title));
        feed.setDescription(xml(Words.in(locale, "feed.subtitle", settings.magazineName())));
        feed.setUri(base + self);
        feed.setLink(base + page);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(base + self);
        selfLink.setType("application/atom+xml");
        feed.setLinks(List.of(selfLink));
        SyndPerson magazine = new SyndPersonImpl();
        magazine.setName(xml(settings.magazineName()));
        feed.setAuthors(List.of(magazine));
        feed.setPublishedDate(
                letters.isEmpty() ? new Date(0) : Date.from(letters.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (PublicSite.View letter : letters) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(xml(letter.title()));
            entry.setLink(base + letter.href());
            entry.setUri(base + letter.href());
            entry.setAuthor(xml(letter.signOff()));
            entry.setPublishedDate(Date.from(letter.publishedAt()));
            entry.setUpdatedDate(Date.from(letter.correctedAt() != null ? letter.correctedAt() : letter.publishedAt()));
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(xml((letter.correction() == null
                            ? ""
                            : "<p><strong>" + LetterHtml.escape(Words.in(locale, "feed.correction")) + "</strong> "
                                    + LetterHtml.escape(letter.correction()) + "</p>")
                    + LetterHtml.render(letter.body() == null ? "" : letter.body(), false)
                    + "<p><em>" + LetterHtml.escape(letter.signOff()) + "</em></p>"));
            entry.setContents(List.of(content));
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    /**
     * The text without what XML 1.0 cannot hold (the feed would fail to render at all): new
     * text never has it (LetterText drops it), but older or imported text might.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Feeds::legalInXml).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean legalInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
