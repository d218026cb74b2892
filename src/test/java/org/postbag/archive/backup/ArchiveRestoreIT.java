package org.postbag.archive.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.postbag.testing.ScratchDatabase;
import org.postbag.testing.ServerProcess;
import org.postbag.testing.fixtures.Desk;

/**
 * The demo magazine exported from one server and restored into a fresh, empty install on
 * another database serves the same public site and the same desk: every page reachable from the
 * home page and from the desk, compared by its text and its links once ids and tokens are taken
 * out. Before that, a file cut short and a file of another kind are refused and leave the empty
 * install empty, and the archive is refused by a database that is not empty.
 */
class ArchiveRestoreIT {

    private static final String ADMIN = "admin@demo.postbag.org";
    private static final String ADMIN_PASSWORD = "demo-admin-password";
    private static final int MOST_PAGES = 120;

    /** Pages a restore changes on purpose: the people (restored accounts have no password), the trail, the outbox. */
    private static final Pattern NOT_COMPARED = Pattern.compile(
            "^/(sign-in|sign-out|admin/users|admin/audit|admin/outbox|account|status/|approve/|welcome|feeds/).*");

    private static final Pattern TOKENS =
            Pattern.compile("(?i)(jsessionid=[^&#\"]*|[?&](after|token|t|v)=[^&#\"]*|\\b[0-9a-f]{32,}\\b)");

    @Test
    void theRestoredInstallServesTheSameSiteAndDesk() throws Exception {
        Path archive = Files.createTempFile("postbag-archive", ".zip");
        Map<String, String> before;
        try (ScratchDatabase source = ScratchDatabase.create("backup_source");
                ServerProcess server = server("backup-source", source)
                        .env("POSTBAG_DEMO", "true")
                        .start(Duration.ofMinutes(4))) {
            before = crawl(server.base());
            assertThat(before).as("pages of the demo magazine").hasSizeGreaterThan(15);
            for (String kind :
                    new String[] {"/issues/", "/letters/", "/threads/", "/articles/", "/writers/", "/editor/", "/admin/"
                    }) {
                assertThat(before.keySet()).as("pages compared").anyMatch(path -> path.startsWith(kind));
            }
            System.out.println("[postbag] Comparing " + before.size() + " pages: " + before.keySet());
            ArchiveWriter.Summary written =
                    ArchiveCommand.export(source.url(), source.user(), source.password(), archive, true);
            assertThat(written.rows().get("letter")).isPositive();
        }

        try (ScratchDatabase target = ScratchDatabase.create("backup_target");
                ServerProcess server = server("backup-target", target)
                        .env("POSTBAG_DEMO", "false")
                        .env("POSTBAG_ADMIN_EMAIL", ADMIN)
                        .env("POSTBAG_ADMIN_PASSWORD", ADMIN_PASSWORD)
                        .env("POSTBAG_ADMIN_NAME", displayName(archive))
                        .start(Duration.ofMinutes(4))) {
            refusesBadFiles(target, archive);

            ArchiveRestore.Summary restored =
                    ArchiveCommand.restore(target.url(), target.user(), target.password(), archive);
            assertThat(restored.accountsKept())
                    .as("the install's own admin, matched by email")
                    .isEqualTo(1);

            assertThatThrownBy(() -> ArchiveCommand.restore(target.url(), target.user(), target.password(), archive))
                    .isInstanceOf(ArchiveProblem.class)
                    .hasMessageContaining("This database is not empty");

            // Settings are re-read every few seconds: wait until the restored house rules show.
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> normalised(fetch(WebClient.anonymous(), server.base(), "/"), server.base())
                            .equals(before.get("/")));
            Map<String, String> after = new LinkedHashMap<>();
            WebClient desk = WebClient.signedIn(server.base());
            for (String path : before.keySet()) {
                WebClient client =
                        path.startsWith("/editor") || path.startsWith("/admin") ? desk : WebClient.anonymous();
                after.put(path, normalised(fetch(client, server.base(), path), server.base()));
            }
            for (String path : before.keySet()) {
                assertThat(after.get(path))
                        .as("page %s after the restore", path)
                        .isEqualTo(before.get(path));
            }
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private void refusesBadFiles(ScratchDatabase target, Path archive) throws Exception {
        long before = rows(target, "SELECT count(*) FROM account") + rows(target, "SELECT count(*) FROM admin_event");
        Path cut = Files.createTempFile("postbag-archive-cut", ".zip");
        Path other = Files.createTempFile("postbag-other", ".zip");
        try {
            byte[] whole = Files.readAllBytes(archive);
            Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
            assertThatThrownBy(() -> ArchiveCommand.restore(target.url(), target.user(), target.password(), cut))
                    .isInstanceOf(ArchiveProblem.class)
                    .hasMessageContaining("nothing was restored");
            try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
                zip.write("{\"format\":\"something-else\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThatThrownBy(() -> ArchiveCommand.restore(target.url(), target.user(), target.password(), other))
                    .isInstanceOf(ArchiveProblem.class)
                    .hasMessageContaining("This is not a Postbag archive");
        } finally {
            Files.deleteIfExists(cut);
            Files.deleteIfExists(other);
        }
        assertThat(rows(target, "SELECT count(*) FROM letter"))
                .as("no letter half restored")
                .isZero();
        assertThat(rows(target, "SELECT count(*) FROM account") + rows(target, "SELECT count(*) FROM admin_event"))
                .isEqualTo(before);
    }

    private static ServerProcess server(String name, ScratchDatabase database) throws IOException {
        ServerProcess server = ServerProcess.prepare(name);
        return server.env("POSTBAG_DB_URL", database.url())
                .env("POSTBAG_DB_USER", database.user())
                .env("POSTBAG_DB_PASSWORD", database.password())
                .env("POSTBAG_BASE_URL", server.base().toString().replaceAll("/$", ""))
                .env("POSTBAG_MAGAZINE_NAME", "Northern Review")
                .env("POSTBAG_WORD_LIMIT", "350");
    }

    /** The demo admin's name, so that the install's own admin signs the desk's pages as the file's did. */
    private static String displayName(Path archive) throws IOException {
        try (var zip = new java.util.zip.ZipFile(archive.toFile())) {
            String accounts = new String(
                    zip.getInputStream(zip.getEntry("tables/account.jsonl")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String line : accounts.split("\n")) {
                var row = JsonLines.parseRow(line);
                if (row.get(1).equals(ADMIN)) {
                    return row.get(2);
                }
            }
        }
        throw new AssertionError("no demo admin in the archive");
    }

    /** Every public page reachable from the home page and every desk page reachable from the queue. */
    private static Map<String, String> crawl(URI base) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        crawlFrom(WebClient.anonymous(), base, Set.of("/", "/issues", "/search?q=tram"), false, pages);
        crawlFrom(WebClient.signedIn(base), base, Set.of("/editor", "/admin", "/admin/import"), true, pages);
        return pages;
    }

    private static void crawlFrom(
            WebClient client, URI base, Set<String> starts, boolean desk, Map<String, String> pages) throws Exception {
        Deque<String> todo = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        int taken = 0;
        while (!todo.isEmpty() && taken < MOST_PAGES) {
            String path = todo.poll();
            HttpResponse<String> page = fetch(client, base, path);
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            taken++;
            pages.put(path, normalised(page, base));
            for (Element link :
                    Jsoup.parse(page.body(), base.resolve(path).toString()).select("a[href]")) {
                URI target = URI.create(link.absUrl("href").replaceAll("#.*$", ""));
                if (target.getHost() == null || !target.getAuthority().equals(base.getAuthority())) {
                    continue;
                }
                String next = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                boolean deskPage = next.startsWith("/editor") || next.startsWith("/admin");
                if (deskPage == desk
                        && !NOT_COMPARED.matcher(next).matches()
                        && !TOKENS.matcher(next).find()
                        && seen.add(next)) {
                    todo.add(next);
                }
            }
        }
    }

    private static HttpResponse<String> fetch(WebClient client, URI base, String path) throws Exception {
        return client.http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page's status, its text and its links, without the demo banner, view state and tokens. */
    private static String normalised(HttpResponse<String> page, URI base) {
        Document document = Jsoup.parse(page.body());
        document.select(".demo-banner, script, input[type=hidden]").remove();
        StringBuilder out = new StringBuilder().append(page.statusCode()).append('\n');
        out.append(document.title()).append('\n').append(document.body().text()).append('\n');
        for (Element link : document.select("a[href], form[action]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("action");
            out.append(TOKENS.matcher(target.replace(base.toString(), "/")).replaceAll("$2=*"))
                    .append('\n');
        }
        return out.toString();
    }

    private static long rows(ScratchDatabase database, String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record WebClient(HttpClient http) {
        static WebClient anonymous() {
            return new WebClient(HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
        }

        static WebClient signedIn(URI base) throws Exception {
            return new WebClient(Desk.signedIn(base, ADMIN, ADMIN_PASSWORD));
        }
    }
}
