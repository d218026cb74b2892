package org.postbag.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContext;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.persistence.QueryCounter;
import org.postbag.infrastructure.web.CachedPages;
import org.postbag.letter.Letter;
import org.postbag.linking.Threads;
import org.postbag.publishing.Piece;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/** What readers get from the published site: threads, search, feeds, and answers a cache can keep. */
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PublicSiteIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    PublicSite site;

    @ArquillianResource
    URL base;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    ServletContext servletContext;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A debate: a letter and {@code replies} answers, every other one answering the answer before it. */
    private List<Piece> debate(int replies) {
        int issue = Fixtures.uniqueIssueNumber();
        String topic = "Topic" + Long.toString(System.nanoTime(), 36);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(
                fixtures.publishedLetter(issue, topic, "Root Writer", "Leeds", "The first letter on " + topic + "."));
        for (int i = 1; i <= replies; i++) {
            Piece reply = fixtures.publishedLetter(
                    issue, "Re " + topic + " " + i, "Writer " + i, "York", "Answer number " + i + " on " + topic + ".");
            fixtures.answers(reply, pieces.get(i % 2 == 0 ? i - 1 : 0));
            pieces.add(reply);
        }
        return pieces;
    }

    @Test
    void aThreadOfFiftyRepliesTakesNoMoreQueriesThanAThreadOfFive() throws Exception {
        List<Piece> small = debate(5);
        List<Piece> large = debate(50);

        QueryCounter.Counted<Optional<PublicSite.ThreadPage>> five =
                QueryCounter.during(() -> site.thread(small.get(0).reference()));
        QueryCounter.Counted<Optional<PublicSite.ThreadPage>> fifty =
                QueryCounter.during(() -> site.thread(large.get(0).reference()));

        assertThat(five.result().orElseThrow().views()).hasSize(6);
        assertThat(fifty.result().orElseThrow().views()).hasSize(51);
        assertThat(fifty.queries()).isEqualTo(five.queries()).isLessThanOrEqualTo(6);

        HttpResponse<String> page = get("/threads/" + large.get(0).reference());
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        for (Piece reply : large) {
            assertThat(html.getElementById(reply.reference()))
                    .as("%s is on the thread page", reply.reference())
                    .isNotNull();
        }
        // Answer 2 answers answer 1, so it is nested inside it.
        assertThat(html.getElementById(large.get(1).reference())
                        .parent()
                        .select("#" + large.get(2).reference()))
                .isNotEmpty();
    }

    /**
     * The same proof from Hibernate's own statistics: statements prepared, entities loaded and
     * collections fetched for the thread page do not grow with the thread. Statistics are
     * global to the server, so a background job (the outbox sender, the scheduler) may add a
     * statement to one attempt: the smallest of three attempts is compared.
     */
    @Test
    void hibernateStatisticsShowTheThreadPageCostsTheSameForFiveAndFiftyReplies() {
        List<Piece> small = debate(5);
        List<Piece> large = debate(50);
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            Cost five = cheapest(statistics, small.get(0).reference(), 6);
            Cost fifty = cheapest(statistics, large.get(0).reference(), 51);

            assertThat(fifty.statements()).isPositive().isEqualTo(five.statements());
            assertThat(fifty.collectionFetches()).isEqualTo(five.collectionFetches());
            assertThat(fifty.statements()).isLessThanOrEqualTo(6);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private record Cost(long statements, long collectionFetches) {}

    private Cost cheapest(Statistics statistics, String root, int letters) {
        Cost best = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            statistics.clear();
            PublicSite.ThreadPage page = site.thread(root).orElseThrow();
            assertThat(page.views()).hasSize(letters);
            Cost cost = new Cost(statistics.getPrepareStatementCount(), statistics.getCollectionFetchCount());
            if (best == null || cost.statements() < best.statements()) {
                best = cost;
            }
        }
        return best;
    }

    @Test
    void aPieceThatIsNotPublishedHasNoThreadPageAndNoFeed() throws Exception {
        List<Piece> takenDown = debate(2);
        fixtures.takeDown(takenDown.get(0));
        Letter approved = fixtures.approvedLetter(
                "Invited Upon", "A letter not printed yet, whose writer's subject was invited to reply.");
        Piece madeForReply = fixtures.pieceMadeForReply(approved);
        Piece invitedReply = fixtures.publishedLetter(
                Fixtures.uniqueIssueNumber(), "The reply", "Invited Writer", "Hull", "The invited reply, printed.");
        fixtures.answers(invitedReply, madeForReply);

        for (Piece unpublished : List.of(takenDown.get(0), madeForReply)) {
            String reference = unpublished.reference();
            assertThat(site.thread(reference)).as("the thread of %s", reference).isEmpty();
            HttpResponse<String> page = get("/threads/" + reference);
            assertThat(page.statusCode()).as("/threads/%s", reference).isEqualTo(404);
            assertThat(page.body()).contains("Page not found").doesNotContain(unpublished.title());
            assertThat(get("/feeds/threads/" + reference + ".atom").statusCode())
                    .as("the feed of %s", reference)
                    .isEqualTo(404);
        }
    }

    @Test
    void anIssueWithArticlesButNoLettersPageStillHasAPageThatListsThem() throws Exception {
        int number = Fixtures.uniqueIssueNumber();
        Piece article =
                fixtures.article("Depots " + System.nanoTime(), "https://example.org/depots", fixtures.issue(number));

        HttpResponse<String> page = get("/issues/" + number);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("No letters were printed in this issue.")
                .contains(article.title())
                .contains("/write?replyTo=" + article.reference());
        assertThat(get("/issues").body()).doesNotContain("/issues/" + number + "\"");
    }

    @Test
    void aPhraseInTypographicQuotesIsSearchedAsAPhraseAndExtractsShowNoMarkup() {
        String a = "qa" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        String b = "qb" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "m");
        int issue = Fixtures.uniqueIssueNumber();
        Piece together = fixtures.publishedLetter(
                issue,
                "Together",
                "Phrase Writer",
                "Leeds",
                "Some opening words of the letter.\n\n> The " + a + " " + b
                        + " is what they said.\n\nAnd more after it.");
        Piece apart = fixtures.publishedLetter(
                issue, "Apart", "Other Writer", "York", "The " + b + " came first and the " + a + " came later.");

        PublicSite.SearchResults phrase = site.search("“" + a + " " + b + "”", 0);

        assertThat(phrase.hits()).extracting(hit -> hit.link().reference()).containsExactly(together.reference());
        assertThat(site.search(a + " " + b, 0).hits())
                .extracting(hit -> hit.link().reference())
                .contains(together.reference(), apart.reference());
        assertThat(phrase.hits().get(0).extractHtml()).doesNotContain("&gt;").contains("<mark>" + a + "</mark>");
    }

    @Test
    void followingADebateExplainsTheFeedAndGivesItsAddress() throws Exception {
        List<Piece> debate = debate(1);

        String page = get("/follow?thread=" + debate.get(0).reference()).body();

        assertThat(page)
                .contains(
                        "Follow the debate: <span dir=\"auto\">" + debate.get(0).title() + "</span>")
                .contains("/feeds/threads/" + debate.get(0).reference() + ".atom")
                .contains("feed reader");
        assertThat(get("/follow?thread=%3Cscript%3E").body())
                .contains("Follow new letters")
                .doesNotContain("<script>");
        assertThat(get("/threads/" + debate.get(0).reference()).body())
                .contains("/follow?thread=" + debate.get(0).reference());
    }

    @Test
    void theSiteHasAnIconWhereBrowsersLookForIt() throws Exception {
        HttpResponse<String> ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(get("/").body()).contains("rel=\"icon\"");
        assertThat(get("/resources/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void aLetterOrArticleOffersAReplyAndALetterInNoDebateOffersNoDebate() throws Exception {
        Piece alone = fixtures.publishedLetter(
                Fixtures.uniqueIssueNumber(),
                "Alone " + System.nanoTime(),
                "Lone Writer",
                "Hull",
                "Nobody has answered this yet.");

        String page = get("/letters/" + alone.reference() + "/" + alone.slug()).body();

        assertThat(page).contains("/write?replyTo=" + alone.reference()).contains("Reply to this letter");
        assertThat(page).doesNotContain("Read the whole debate");
        assertThat(get("/threads/" + alone.reference()).body()).contains("No letter has answered it yet.");
    }

    @Test
    void aLetterThatAnswersTwoLettersOfTheDebateIsPrintedOnceAndCountedOnce() throws Exception {
        List<Piece> debate = debate(2); // 1 answers the root, 2 answers 1
        fixtures.answers(debate.get(2), debate.get(0)); // and 2 answers the root too
        String both = "Answer number 2 on ";

        PublicSite.ThreadPage thread = site.thread(debate.get(0).reference()).orElseThrow();

        assertThat(thread.root().flatten())
                .extracting(Threads.Node::reference)
                .containsExactly(
                        debate.get(0).reference(),
                        debate.get(1).reference(),
                        debate.get(2).reference());
        String page = get("/threads/" + debate.get(0).reference()).body();
        assertThat(page.split(both, -1))
                .as("the text of the letter answering both")
                .hasSize(2);
        assertThat(page).contains("2 letters answer it").contains("also answers this");
    }

    @Test
    void aLetterTakenDownLeavesItsThreadWithoutItOrWhatAnswersIt() throws Exception {
        List<Piece> debate = debate(3); // 1 and 3 answer the root, 2 answers 1
        fixtures.takeDown(debate.get(1));

        PublicSite.ThreadPage thread = site.thread(debate.get(0).reference()).orElseThrow();

        assertThat(thread.root().flatten())
                .extracting(Threads.Node::reference)
                .containsExactly(debate.get(0).reference(), debate.get(3).reference());
        assertThat(thread.views())
                .containsOnlyKeys(debate.get(0).reference(), debate.get(3).reference());
        String page = get("/threads/" + debate.get(0).reference()).body();
        assertThat(page)
                .doesNotContain(debate.get(1).title())
                .contains(debate.get(3).title());
        SyndFeed feed = new SyndFeedInput()
                .build(new StringReader(get("/feeds/threads/" + debate.get(0).reference() + ".atom")
                        .body()));
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .doesNotContain(debate.get(1).title());
    }

    @Test
    void searchPutsTheBestMatchFirstAndMarksTheWordsInAnEscapedExtract() throws Exception {
        String word = "zyx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        int issue = Fixtures.uniqueIssueNumber();
        Piece passing = fixtures.publishedLetter(
                issue, "On buses", "Passing Mention", "Hull", "Buses, mostly. Someone once said " + word + ".");
        Piece devoted = fixtures.publishedLetter(
                issue,
                "All about " + word,
                "Devoted Writer",
                "Bath",
                "The " + word + " matters. <script>alert('" + word + "')</script> I say " + word + " again: " + word
                        + ".");

        PublicSite.SearchResults results = site.search(word, 0);
        assertThat(results.hits())
                .extracting(hit -> hit.link().reference())
                .containsExactly(devoted.reference(), passing.reference());
        assertThat(results.hits().get(0).extractHtml())
                .contains("<mark>" + word + "</mark>")
                .contains("alert(&#39;")
                .doesNotContain("<script>");

        HttpResponse<String> page = get("/search?q=" + word);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>" + word + "</mark>").doesNotContain("<script>alert");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(site.search("nothing-like-" + word, 0).hits()).isEmpty();
        assertThat(get("/search?q=" + "x".repeat(250)).statusCode()).isEqualTo(200);
    }

    @Test
    void aSearchRanksOnlyTheNewestMatchesAndShowsTwentyPagesAtMost() {
        String word = "zyx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "w");
        int issue = Fixtures.uniqueIssueNumber();
        Piece best = fixtures.publishedLetter(
                issue, "All about " + word, "Old Devotee", "Hull", word + ", " + word + " and " + word + ".");
        Piece newer = fixtures.publishedLetter(issue, "On buses", "Newer Writer", "Hull", "Once, " + word + ".");
        Piece newest = fixtures.publishedLetter(issue, "On trams", "Newest Writer", "Hull", "Also " + word + ".");

        assertThat(site.search(word, 0).hits())
                .extracting(hit -> hit.link().reference())
                .first()
                .isEqualTo(best.reference());
        assertThat(site.search(word, 0, 2).hits())
                .extracting(hit -> hit.link().reference())
                .containsExactlyInAnyOrder(newer.reference(), newest.reference());
        assertThat(site.search(word, PublicSite.SEARCH_PAGES - 1).more()).isFalse();
        assertThat(site.search(word, PublicSite.SEARCH_PAGES).hits()).isEmpty();
    }

    @Test
    void theFeedsAreAtomThatAReaderCanParse() throws Exception {
        List<Piece> debate = debate(3);

        HttpResponse<String> latest = get("/feeds/letters.atom");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        SyndFeed letters = new SyndFeedInput().build(new StringReader(latest.body()));
        assertThat(letters.getFeedType()).isEqualTo("atom_1.0");
        assertThat(letters.getTitle()).isEqualTo("Letters to Northern Review");
        assertThat(letters.getEntries()).hasSizeLessThanOrEqualTo(50);

        HttpResponse<String> thread = get("/feeds/threads/" + debate.get(0).reference() + ".atom");
        assertThat(thread.statusCode()).isEqualTo(200);
        SyndFeed followed = new SyndFeedInput().build(new StringReader(thread.body()));
        assertThat(followed.getEntries())
                .extracting(SyndEntry::getLink)
                .allSatisfy(link -> assertThat(link).contains("/letters/"))
                .hasSize(4);

        assertThat(get("/feeds/threads/L-1999-99999.atom").statusCode()).isEqualTo(404);
        assertThat(get("/feeds/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aPublicPageCanBeRevalidatedAndChangesWhenSomethingIsPublished() throws Exception {
        int issue = Fixtures.uniqueIssueNumber();
        fixtures.publishedLetter(issue, "Cached", "Cache Writer", "Ely", "A letter to be cached.");
        String path = "/issues/" + issue;

        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", modified).statusCode()).isEqualTo(304);

        fixtures.publishedLetter(issue, "Later", "Later Writer", "Ely", "A second letter for the same page.");

        HttpResponse<String> after = get(path, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Later Writer");
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void aPageServedFromMemoryIsTheVeryAnswerTheServletsGave() throws Exception {
        int issue = Fixtures.uniqueIssueNumber();
        fixtures.publishedLetter(issue, "Kept", "Kept Writer", "Selby", "A letter for a page kept in memory.");
        String path = "/issues/" + issue;

        HttpResponse<String> rendered = get(path); // rendered by Faces and stored by the filter
        HttpResponse<String> kept = get(path); // on WildFly, answered by CachedPages before the servlets
        HttpResponse<String> head = http.send(
                HttpRequest.newBuilder(base.toURI().resolve(path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(kept.statusCode()).isEqualTo(rendered.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(rendered.body()).contains("Kept Writer");
        assertThat(withoutDate(kept)).isEqualTo(withoutDate(rendered)).containsKeys("etag", "content-security-policy");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(withoutDate(head)).isEqualTo(withoutDate(rendered));
        assertThat(servletContext.getAttribute(CachedPages.class.getName()))
                .as("the WildFly handler is installed")
                .isEqualTo(Boolean.TRUE);

        // An editor's session is never answered with the readers' page: the desk's menu is there.
        Account editor = fixtures.account("Kept Editor", Role.EDITOR);
        HttpClient desk = Desk.signedIn(base.toURI().resolve("/"), editor.email(), Fixtures.PASSWORD);
        String signedIn = desk.send(
                        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(signedIn).contains("Kept Writer").contains("Sign out");
        assertThat(kept.body()).doesNotContain("Sign out");
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void theArchivePagesAreThereForEveryPublishedIssue() throws Exception {
        int issue = Fixtures.uniqueIssueNumber();
        Piece piece = fixtures.publishedLetter(issue, "Archived", "Archive Writer", "Ripon", "In the archive.");

        assertThat(get("/issues").body()).contains("/issues/" + issue);
        assertThat(get("/issues/" + issue).body()).contains("Archive Writer, Ripon");
        HttpResponse<String> letter = get("/letters/" + piece.reference());
        assertThat(letter.statusCode()).isEqualTo(301);
        assertThat(letter.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith(("/letters/" + piece.reference() + "/" + piece.slug())));
        assertThat(get(("/letters/" + piece.reference() + "/" + piece.slug())).body())
                .contains("In the archive.");
        assertThat(get("/issues/" + (issue + 1_000_000_000L)).statusCode()).isEqualTo(404);
        assertThat(get("/letters/L-1999-99999").statusCode()).isEqualTo(404);
    }
}
