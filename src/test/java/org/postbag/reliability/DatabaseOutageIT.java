package org.postbag.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.postbag.testing.ScratchDatabase;
import org.postbag.testing.ServerProcess;
import org.postbag.testing.TcpProxy;
import org.postbag.testing.WebForm;

/**
 * The database goes away under load and comes back. The server reaches PostgreSQL through a
 * TCP proxy in the test JVM, which drops every connection and refuses new ones for a few
 * seconds ({@code postbag.it.outage.seconds}, 5 by default); the machine's PostgreSQL itself is
 * never touched. Meanwhile readers get the pages the cache holds, or the "try again" page with
 * HTTP 503 and nothing of the failure in it; a writer who sends a letter gets the form back with
 * everything typed and a message, and sends it again afterwards. Once the database is back the
 * site answers by itself within 5 seconds, and every letter acknowledged before, during and
 * after is stored once and whole. Figures in {@code target/reliability/database-outage.txt}.
 */
class DatabaseOutageIT {

    private static final int WRITERS = 8;
    private static final int READERS = 4;
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final String LETTER = "The 7.42 from Shipley has been cancelled on eleven mornings this term;"
            + " the council's figures count it as run.";

    @Test
    void readersAndWritersAreToldToTryAgainNothingIsLostAndTheSiteRecoversBySelf() throws Exception {
        long outage = Long.getLong("postbag.it.outage.seconds", 5) * 1000;
        Figures figures = Figures.of("database-outage");
        String run = "outage" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try (ScratchDatabase database = ScratchDatabase.create("outage");
                TcpProxy proxy = TcpProxy.to(database.host(), database.port());
                ServerProcess server =
                        FaultServer.prepare("outage-server", database, database.url("127.0.0.1", proxy.port()))) {
            server.start(Duration.ofMinutes(3));
            HttpClient client = WebForm.client();
            assertThat(get(client, server.page("/")).statusCode()).isEqualTo(200);
            WebForm letter = WebForm.read(client, server.page("/write"), "write")
                    .set("name", "Margaret Osei")
                    .set("town", "Bradford")
                    .set("email", run + "@reliability.test")
                    .set("body", LETTER)
                    .check("consent");
            WebForm finding = WebForm.read(client, server.page("/write"), "write")
                    .set("name", "Half Written")
                    .set("body", "Begun before the outage.")
                    .set("pieceQuery", "trams");

            LetterWriters writers = new LetterWriters(server::base, run, WRITERS);
            Readers readers = new Readers(server.base(), READERS);
            writers.start();
            readers.start();
            awaitAcknowledged(writers, WRITERS * 2);
            int acknowledgedBefore = writers.acknowledged().size();

            proxy.cut();
            long cutAt = System.nanoTime();
            Thread.sleep(1000);
            HttpResponse<String> search = get(client, server.page("/search?q=outage" + System.nanoTime()));
            HttpResponse<String> ready = get(client, server.page("/health/ready"));
            HttpResponse<String> home = get(client, server.page("/"));
            HttpResponse<String> kept = letter.press("send");
            HttpResponse<String> found = finding.press("findPieces");
            figures.attach("database-outage-letter-sent.html", kept.body())
                    .attach("database-outage-search.html", search.body());
            Thread.sleep(Math.max(0, outage - millisSince(cutAt)));
            int acknowledgedDuring = writers.acknowledged().size() - acknowledgedBefore;
            proxy.restore();
            long outageMillis = millisSince(cutAt);
            long restoredAt = System.nanoTime();
            long recovered = awaitRecovery(client, server, restoredAt);

            // The writer sends the form the server gave back, as it was.
            Document form = WebForm.parse(kept);
            HttpResponse<String> sentAgain = form.getElementById("write") == null
                    ? null
                    : WebForm.of(client, server.page("/write"), kept.body(), "write")
                            .press("send");
            Thread.sleep(2000);
            writers.stop();
            readers.stop();
            int unanswered = writers.unansweredCount();
            int answeredLater = writers.sendAgain();

            StoredLetters.Report report;
            int keptLetterStored;
            try (Connection connection = database.connect()) {
                report = StoredLetters.check(connection, writers.acknowledged());
                keptLetterStored = count(connection, "cancelled on eleven mornings this term");
            }
            figures.put("writers", WRITERS)
                    .put("readers", READERS)
                    .put("outage ms (connections cut, new ones refused)", outageMillis)
                    .put("recovery ms (database back to /health/ready and a search answering 200)", recovered)
                    .put("during the outage: search", search.statusCode())
                    .put("during the outage: /health/ready", ready.statusCode())
                    .put("during the outage: / (page cache)", home.statusCode())
                    .put("during the outage: a letter sent", kept.statusCode())
                    .put("during the outage: Find in the form", found.statusCode())
                    .put(
                            "that letter sent again afterwards",
                            sentAgain == null ? "no form to send" : sentAgain.statusCode())
                    .put("letters acknowledged before the outage", acknowledgedBefore)
                    .put("letters acknowledged during the outage", acknowledgedDuring)
                    .put("writers' statuses", writers.statuses())
                    .put("writers' forms sent again after the outage", unanswered)
                    .put("of which acknowledged then", answeredLater)
                    .put("readers' statuses", readers.statuses())
                    .put("readers' bad answers", readers.problems().size())
                    .put("the letter kept in the form, stored", keptLetterStored)
                    .put("letters acknowledged", report.acknowledged())
                    .put("acknowledged letters found", report.found())
                    .put("letters in the database", report.letters())
                    .put("missing", report.missing().size())
                    .put("duplicates", report.duplicated().size())
                    .put("half-stored", report.halfStored().size());

            assertThat(search.statusCode())
                    .as("a search while the database is away")
                    .isEqualTo(503);
            assertThat(Readers.friendlyUnavailable(search)).as(search.body()).isTrue();
            assertThat(search.headers().firstValue("Retry-After")).isPresent();
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(home.statusCode())
                    .as("the latest letters, from the page cache")
                    .isEqualTo(200);

            assertThat(kept.statusCode())
                    .as("a letter sent while the database is away")
                    .isEqualTo(503);
            assertThat(form.getElementById("write")).as("the form, given back").isNotNull();
            assertThat(form.select(".error-summary li").eachText())
                    .singleElement()
                    .asString()
                    .startsWith("We could not save your letter just now, please try again.");
            assertThat(form.getElementById("body").wholeText()).isEqualTo(LETTER);
            assertThat(form.getElementById("name").val()).isEqualTo("Margaret Osei");
            assertThat(form.getElementById("email").val()).isEqualTo(run + "@reliability.test");
            assertThat(Readers.TRACE.matcher(kept.body()).find()).isFalse();
            Document finder = WebForm.parse(found);
            assertThat(found.statusCode()).as("Find while the database is away").isEqualTo(200);
            assertThat(finder.getElementById("name").val()).isEqualTo("Half Written");
            assertThat(finder.getElementById("body").wholeText()).isEqualTo("Begun before the outage.");
            assertThat(finder.select("#piece-choices").text()).contains("We cannot search what we have published");
            assertThat(Readers.TRACE.matcher(found.body()).find()).isFalse();
            assertThat(sentAgain.statusCode()).as("the kept letter sent again").isEqualTo(302);
            assertThat(sentAgain.headers().firstValue("Location").orElseThrow()).contains("/sent?ref=L-");
            assertThat(keptLetterStored).as("the kept letter, stored once").isEqualTo(1);

            assertThat(recovered)
                    .as("ms from the database's return to a working site")
                    .isLessThanOrEqualTo(RECOVERY.toMillis());
            assertThat(readers.problems())
                    .as("answers other than 200 or a friendly 503")
                    .isEmpty();
            assertThat(readers.statuses()).containsKey(503);
            assertThat(writers.statuses()).as("writers during the outage").containsKey(503);
            assertThat(writers.statuses()).doesNotContainKeys(500);
            assertThat(acknowledgedBefore)
                    .as("letters acknowledged before the outage")
                    .isPositive();
            assertThat(report.acknowledged()).isGreaterThan(acknowledgedBefore);
            assertThat(report.missing()).as("acknowledged but not stored").isEmpty();
            assertThat(report.duplicated()).as("stored twice").isEmpty();
            assertThat(report.halfStored()).as("stored in part").isEmpty();
            assertThat(report.found()).isEqualTo(report.acknowledged());
        }
    }

    /** Polls every 100 ms until /health/ready and a fresh search both answer 200 in one round; the ms it took. */
    private static long awaitRecovery(HttpClient client, ServerProcess server, long restoredAt)
            throws InterruptedException {
        long deadline = restoredAt + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                boolean ready = get(client, server.page("/health/ready")).statusCode() == 200;
                boolean searching = get(client, server.page("/search?q=back" + System.nanoTime()))
                                .statusCode()
                        == 200;
                if (ready && searching) {
                    return millisSince(restoredAt);
                }
            } catch (IOException notYet) {
                // the server itself stays up; a broken answer is just not a recovery yet
            }
            Thread.sleep(100);
        }
        return millisSince(restoredAt);
    }

    private static void awaitAcknowledged(LetterWriters writers, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (writers.acknowledged().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static int count(Connection connection, String words) throws SQLException {
        try (var statement =
                connection.prepareStatement("SELECT count(*) FROM letter WHERE position(? in original_body) > 0")) {
            statement.setString(1, words);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static HttpResponse<String> get(HttpClient client, URI page) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
