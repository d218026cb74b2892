package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.archive.ImportedArchive.Imported;
import org.postbag.testing.Deployments;

/**
 * The magazine's RSS feed, served by a real HTTP server the test starts: a new article appears
 * as a piece with its canonical address, an unchanged feed is answered 304 to a conditional
 * GET, an edited article updates its piece, and a site that answers a web page or an error
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FeedSyncIT {

    private static final String NEW_ITEM = """
            <item>
                <title>Trams: the council decides</title>
                <link>http://127.0.0.1:8090/2026/10/01/trams-the-council-decides/</link>
                <dc:creator><![CDATA[Priya Natarajan]]></dc:creator>
                <pubDate>Thu, 01 Oct 2026 09:00:00 +0000</pubDate>
                <category><![CDATA[Issue 121 (October 2026)]]></category>
                <guid isPermaLink="false">http://127.0.0.1:8090/?p=2001</guid>
                <description><![CDATA[The Transport Committee voted.]]></description>
                <content:encoded><![CDATA[<p>The Transport Committee voted last night.</p><script>alert(1)</script><p>%s</p>]]></content:encoded>
            </item>
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(FeedSyncIT.class);
    }

    @Inject
    FeedSync feedSync;

    @Inject
    ImportedArchive archive;

    private static String feed(String newItem) throws Exception {
        try (InputStream in = FeedSyncIT.class.getResourceAsStream("/archive/northern-review.wordpress-feed.rss")) {
            String feed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return newItem == null ? feed : feed.replaceFirst("<item>", newItem + "<item>");
        }
    }

    @Test
    void aNewArticleInTheFeedBecomesAPieceAndAnEditUpdatesIt() throws Exception {
        try (FeedServer site = new FeedServer()) {
            site.serve(feed(null));
            FeedSync.Result first = feedSync.sync(site.feed());
            assertThat(first.outcome()).startsWith("Read");
            assertThat(archive.bySourceKey("wp:http://127.0.0.1:8090/?p=2001")).isEmpty();

            FeedSync.Result again = feedSync.sync(site.feed());
            assertThat(again.outcome()).isEqualTo("Unchanged since the last poll");
            assertThat(site.conditionalRequests()).isNotEmpty();

            site.serve(feed(NEW_ITEM.formatted("The vote was nine to four.")));
            FeedSync.Result published = feedSync.sync(site.feed());
            assertThat(published.created()).isGreaterThanOrEqualTo(1);
            Imported article =
                    archive.bySourceKey("wp:http://127.0.0.1:8090/?p=2001").orElseThrow();
            assertThat(article.kind()).isEqualTo("ARTICLE");
            assertThat(article.title()).isEqualTo("Trams: the council decides");
            assertThat(article.issue()).isEqualTo(121);
            assertThat(article.published()).isTrue();
            assertThat(article.body())
                    .isEqualTo("The Transport Committee voted last night.\n\nThe vote was nine to four.");
            assertThat(archive.url("wp:http://127.0.0.1:8090/?p=2001"))
                    .isEqualTo("http://127.0.0.1:8090/2026/10/01/trams-the-council-decides/");

            site.serve(feed(NEW_ITEM.formatted("The vote was ten to three.")));
            FeedSync.Result edited = feedSync.sync(site.feed());
            assertThat(edited.updated()).isEqualTo(1);
            assertThat(edited.created()).isZero();
            Imported revised =
                    archive.bySourceKey("wp:http://127.0.0.1:8090/?p=2001").orElseThrow();
            assertThat(revised.reference()).isEqualTo(article.reference());
            assertThat(revised.body()).endsWith("ten to three.");

            var before = archive.counts();
            site.serve(feed(NEW_ITEM.formatted("Another edit.")));
            site.answer(200, "text/html; charset=UTF-8");
            assertThat(feedSync.sync(site.feed()).outcome()).contains("web page");
            site.answer(500, "text/plain");
            assertThat(feedSync.sync(site.feed()).outcome()).contains("500");
            assertThat(archive.counts()).isEqualTo(before);
        }
    }
}
