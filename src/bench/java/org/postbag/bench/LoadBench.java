package org.postbag.bench;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.bench.ArchiveGenerator.Fixture;
import org.postbag.tools.RunServer;

/**
 * The load benchmark: the run command's WildFly against a generated archive, measured with
 * wrk (public pages, side by side with nginx serving the same HTML), one signed-in editor
 * walking the queue, 32 readers sending letters, then start-up time and heap. Writes
 * target/bench/results-&lt;size&gt;.md.
 *
 * <pre>./mvnw -Pbench -DskipTests package exec:java@load -Dletters=1000000</pre>
 */
public final class LoadBench {

    static final String EDITOR = "bench-editor@bench.postbag.org";
    static final String EDITOR_PASSWORD = "bench-editor-password";
    private static final int NGINX_PORT = Integer.getInteger("bench.nginx.port", 8089);

    private final int seconds = Integer.getInteger("bench.seconds", 30);
    /**
     * Seconds of load before each measured run. A JVM on two busy cores is still compiling the
     * request path (C2) after 10 s; 30 s lets the public pages reach their steady state, which
     * nginx, not being compiled at run time, is at from the first request.
     */
    private final int warmUp = Integer.getInteger("bench.warmup", 30);
    /**
     * Seconds of letters before the submissions are measured. A post runs far more code than a
     * page (Faces' lifecycle, Hibernate, the screening), and C2 is still busy with it after
     * 30 s: on two cores the same build took 75 to 96 letters a second after 30 s and 151 to
     * 189 after 150 s (fifth round, src/docs/benchmarks.md).
     */
    private final int submissionsWarmUp = Integer.getInteger("bench.submissionsWarmup", 150);
    /** Which parts to run, for working on one of them: any of public, queue, submissions. */
    private final List<String> parts =
            List.of(System.getProperty("bench.parts", "public,queue,submissions").split(","));
    private final BenchDatabase database;
    private final Fixture fixture;
    private final Path out;
    private final String base = "http://127.0.0.1:" + RunServer.httpPort();
    private final List<String> report = new ArrayList<>();

    private LoadBench(BenchDatabase database, Fixture fixture, Path out) {
        this.database = database;
        this.fixture = fixture;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int letters = Integer.parseInt(System.getProperty("letters", "10000"));
        BenchDatabase database = BenchDatabase.forLetters(letters);
        Fixture fixture = Fixture.parse(database.comment()
                .filter(comment -> comment.startsWith("postbag-bench"))
                .orElseThrow(() -> new IllegalStateException("No finished archive in " + database.name()
                        + ": run ./mvnw -Pbench test-compile exec:java@generate -Dletters=" + letters)));
        Path out = Path.of(System.getProperty("postbag.bench.dir", "target/bench"));
        Files.createDirectories(out.resolve("static"));
        new LoadBench(database, fixture, out).run();
    }

    private void run() throws Exception {
        forgetEarlierLoad();
        Path serverDir = Path.of(System.getProperty("postbag.server.dir"));
        Map<String, String> environment = new HashMap<>();
        environment.put("POSTBAG_DB_URL", database.url());
        environment.put("POSTBAG_DB_USER", database.user());
        environment.put("POSTBAG_DB_PASSWORD", database.password());
        environment.put("POSTBAG_DEMO", "false");
        environment.put("POSTBAG_MAGAZINE_NAME", "Northern Review");
        environment.put("POSTBAG_WORD_LIMIT", "350");
        environment.put("POSTBAG_ADMIN_EMAIL", EDITOR);
        environment.put("POSTBAG_ADMIN_PASSWORD", EDITOR_PASSWORD);
        environment.put("POSTBAG_ADMIN_NAME", "Bench Editor");
        // What an admin would do for a load test: the 32 clients share one network address, so
        // the network limits are off (0); every letter comes from a writer of its own, so the
        // address limits stay as they are by default, and are checked at every letter.
        environment.put("POSTBAG_RATE_LIMIT_IP_PER_HOUR", "0");
        environment.put("POSTBAG_RATE_LIMIT_IP_PER_DAY", "0");
        environment.put("POSTBAG_RATE_LIMIT_SEARCH_PER_MINUTE", "0");
        environment.put("POSTBAG_RATE_LIMIT_PICKER_PER_MINUTE", "0");

        long launched = System.nanoTime();
        Process server = RunServer.launch(
                Path.of(System.getProperty("postbag.wildfly.home")),
                serverDir,
                Path.of(System.getProperty("postbag.war")),
                environment);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
        if (!RunServer.waitUntilServing(base + "/health/ready", server, Duration.ofMinutes(5))) {
            throw new IllegalStateException("the server did not come up");
        }
        double ready = (System.nanoTime() - launched) / 1e9;
        Path serverLog = serverDir.resolve("log").resolve("server.log");
        String started = grep(serverLog, Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms"));

        line("# Postbag load benchmark, " + fixture.letters() + " letters");
        line("");
        line("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + postgresVersion() + "; database " + database.name() + "; wrk -t2 -c" + Wrk.CONNECTIONS
                + ", " + warmUp + " s warm-up (submissions " + submissionsWarmUp + " s), " + seconds
                + " s measured.");
        line("");
        line("Start-up: WildFly boot plus deploy " + (started == null ? "?" : String.format(Locale.ROOT, "%.1f s", Integer.parseInt(started) / 1000.0))
                + " (WildFly's own figure), ready to answer " + String.format(Locale.ROOT, "%.1f s", ready)
                + " after launch (target < 15 s).");
        line("");

        line("Load average before measuring: " + loadAverage() + ".");
        line("");
        if (parts.contains("public")) {
            publicPages();
            line("Load average after the public pages: " + loadAverage() + ".");
            line("");
        }
        if (parts.contains("queue")) {
            queue(serverLog);
            line("Load average after the queue: " + loadAverage() + ".");
            line("");
        }
        if (parts.contains("submissions") && !Boolean.getBoolean("bench.skipSubmissions")) {
            submissions();
            line("Load average after the submissions: " + loadAverage() + ".");
            line("");
        }
        heap(server.pid());
        Path results = out.resolve("results-" + database.name().replace("postbag_bench_", "") + ".md");
        Files.write(results, report);
        System.out.println("[bench] results in " + results);
        stop(server);
    }

    // Public pages against nginx -----------------------------------------------------------

    private void publicPages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("issue", "/issues/" + fixture.issue());
        pages.put("thread", "/threads/" + fixture.thread());
        HttpClient client = Http.client(null);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> answer = Http.get(client, base + page.getValue());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(page.getValue() + " answered " + answer.statusCode());
            }
            Files.writeString(out.resolve("static").resolve(page.getKey() + ".html"), answer.body());
            line("- `" + page.getValue() + "`: " + answer.body().getBytes(StandardCharsets.UTF_8).length + " bytes, "
                    + count(answer.body(), "class=\"letter") + " letter elements");
        }
        line("");
        line("| Public page (32 connections) | requests/s | p50 ms | p90 ms | p99 ms | errors | vs nginx | target |");
        line("|---|---|---|---|---|---|---|---|");
        try (StaticServer nginx = new StaticServer(out.resolve("static"), NGINX_PORT, RunServer.httpPort())) {
            // A fresh server on two cores busy with 32 connections takes about three minutes of
            // load to compile its request path (measured: 2,700 req/s in the first 20 s, 10,000
            // after three minutes); a public site runs for weeks, so the steady state is what is
            // measured. Both pages, in turn, before either is.
            for (int round = 0; round < 2; round++) {
                for (String path : pages.values()) {
                    Wrk.run(base + path, warmUp, List.of());
                }
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Wrk.run(base + page.getValue(), warmUp, List.of());
                Wrk.Result app = Wrk.run(base + page.getValue(), seconds, List.of());
                Wrk.run(nginx.url(page.getKey()), Math.max(2, Math.min(10, warmUp / 3)), List.of());
                Wrk.Result still = Wrk.run(nginx.url(page.getKey()), seconds, List.of());
                double share = app.requestsPerSecond() / still.requestsPerSecond();
                boolean met = share >= 0.5 && app.p99() < 25 && app.errors() == 0;
                line(row(page.getKey() + " page, Postbag `" + page.getValue() + "`", app, String.format(Locale.ROOT, "%.0f%%", share * 100),
                        (met ? "met" : "**missed**") + " (≥ 50% of nginx, p99 < 25 ms)"));
                line(row(page.getKey() + " page, nginx static file", still, "", ""));
                Wrk.run(nginx.proxied(page.getValue()), Math.max(2, Math.min(10, warmUp / 3)), List.of());
                Wrk.Result fronted = Wrk.run(nginx.proxied(page.getValue()), seconds, List.of());
                double frontedShare = fronted.requestsPerSecond() / still.requestsPerSecond();
                line(row(page.getKey() + " page, Postbag behind nginx's cache", fronted,
                        String.format(Locale.ROOT, "%.0f%%", frontedShare * 100),
                        (frontedShare >= 0.5 && fronted.p99() < 25 && fronted.errors() == 0 ? "met" : "**missed**")
                                + " (as deployed behind a cache)"));
            }
        }
        line("");
    }

    private static String row(String what, Wrk.Result r, String versus, String target) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f | %d | %s | %s |",
                what, r.requestsPerSecond(), r.p50(), r.p90(), r.p99(), r.errors(), versus, target);
    }

    // The queue ----------------------------------------------------------------------------

    private record QueueCase(String label, String query, boolean search) {}

    private void queue(Path serverLog) throws Exception {
        claimForBenchEditor();
        DeskTimings desk = new DeskTimings(base, serverLog);
        desk.signIn(EDITOR, EDITOR_PASSWORD);
        List<QueueCase> cases = new ArrayList<>();
        for (String tab : List.of("new", "mine", "held", "waiting", "approved", "rejected", "spam", "all")) {
            cases.add(new QueueCase("Tab " + tab + ", first page", "tab=" + tab, false));
        }
        for (String tab : List.of("new", "rejected", "all")) {
            Deep deep = deepCursor(tab);
            if (deep != null) {
                cases.add(new QueueCase("Tab " + tab + ", page " + deep.page() + " (keyset)", "tab=" + tab + "&after=" + deep.token(), false));
            }
        }
        cases.add(new QueueCase("All, filter over length", "tab=all&flag=over_length", false));
        cases.add(new QueueCase("All, filter replying to the benchmark debate", "tab=all&piece=" + fixture.thread(), false));
        LocalDate month = LocalDate.now(ZoneOffset.UTC).minusMonths(3);
        cases.add(new QueueCase("All, filter received in one month", "tab=all&from=" + month + "&to=" + month.plusMonths(1), false));
        cases.add(new QueueCase("All, newest first", "tab=all&order=newest", false));
        cases.add(new QueueCase("Search all: allotments", "tab=all&q=allotments", true));
        cases.add(new QueueCase("Search all: council tax", "tab=all&q=" + Http.encode("council tax"), true));
        cases.add(new QueueCase("Search new: library", "tab=new&q=library", true));
        // Warm the server up on the desk as wrk does on the public pages: every page of the list,
        // round after round, before any is measured (three requests of a page alone left the
        // pages measured first paying for the JIT compiling the queue's rendering).
        for (int round = 0; round < 10; round++) {
            for (QueueCase c : cases) {
                desk.visit(c.query());
            }
        }
        line("| Queue (one signed-in editor, 20 requests each, after 10 rounds of all of them) | rows | server median ms | server p95 ms | client median ms | target |");
        line("|---|---|---|---|---|---|");
        for (QueueCase c : cases) {
            DeskTimings.Timing t = desk.measure(c.label(), c.query(), 3, 20);
            double limit = c.search() ? 100 : 50;
            line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |", c.label(), t.rows(), t.serverMedian(),
                    t.serverP95(), t.clientMedian(), (t.serverMedian() < limit ? "met" : "**missed**") + " (< " + (int) limit + " ms)"));
        }
        line("");
    }

    private record Deep(int page, String token) {}

    private static final Map<String, String> TAB_CONDITIONS = Map.of(
            "new", "status = 'NEW' AND claimed_by IS NULL",
            "rejected", "status = 'REJECTED'",
            "all", "status <> 'UNCONFIRMED'");

    /** The keyset cursor that starts page 500 of a tab (or its last page, for a smaller archive). */
    private Deep deepCursor(String tab) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            String condition = TAB_CONDITIONS.get(tab);
            long count;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM letter WHERE " + condition)) {
                rows.next();
                count = rows.getLong(1);
            }
            int page = (int) Math.min(500, (count - 1) / 50 + 1);
            if (page < 2) {
                return null;
            }
            try (ResultSet row = statement.executeQuery("SELECT (extract(epoch FROM received_at) * 1000000)::bigint, id"
                    + " FROM letter WHERE " + condition + " ORDER BY received_at, id OFFSET " + ((page - 1) * 50 - 1) + " LIMIT 1")) {
                row.next();
                return new Deep(page, row.getLong(1) + "." + row.getLong(2));
            }
        }
    }

    /** The bench editor holds 120 letters, as an editor at work does (the Mine tab). Once per archive. */
    private void claimForBenchEditor() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE letter SET claimed_by = a.id, claimed_at = now() FROM account a"
                    + " WHERE a.email = '" + EDITOR + "' AND letter.id IN (SELECT id FROM letter WHERE status = 'NEW'"
                    + " AND claimed_by IS NULL ORDER BY received_at DESC LIMIT 120)"
                    + " AND NOT EXISTS (SELECT 1 FROM letter m WHERE m.claimed_by = a.id)");
        }
    }

    // Submissions --------------------------------------------------------------------------

    /** Letters an earlier run sent through the form are removed, so that every run sees the same archive. */
    private void forgetEarlierLoad() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM outbox_message WHERE recipient LIKE '%@" + SubmissionLoad.DOMAIN + "'");
            statement.executeUpdate("DELETE FROM letter WHERE author_email LIKE '%@" + SubmissionLoad.DOMAIN + "'");
        }
    }

    private void submissions() throws Exception {
        forgetEarlierLoad();
        SubmissionLoad.Result result = new SubmissionLoad(base).run(Wrk.CONNECTIONS, submissionsWarmUp, seconds);
        Set<String> acknowledged = new HashSet<>(result.references());
        int found = 0;
        int stored;
        try (Connection connection = database.connect()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM letter WHERE reference = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("text", acknowledged.toArray()));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    found = row.getInt(1);
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*), count(DISTINCT submission_key) FROM letter"
                            + " WHERE author_email LIKE '%@" + SubmissionLoad.DOMAIN + "'")) {
                row.next();
                stored = row.getInt(1);
                if (row.getInt(2) != stored) {
                    throw new IllegalStateException("two letters from one form");
                }
            }
        }
        boolean met = result.acceptedPerSecond() >= 300 && found == acknowledged.size() && stored == result.references().size();
        line("| Submissions (32 clients, form fetched, sent 3.2 s later) | accepted/s | p50 ms | p99 ms | failed | target |");
        line("|---|---|---|---|---|---|");
        line(String.format(Locale.ROOT, "| Write to us, `POST /write` | %.0f | %.1f | %.1f | %d | %s (≥ 300/s) |",
                result.acceptedPerSecond(), result.p50(), result.p99(), result.failed(), met ? "met" : "**missed**"));
        line("");
        line("Every acknowledged letter stored exactly once: " + result.references().size() + " acknowledged over the whole run ("
                + acknowledged.size() + " distinct references), " + found + " of them found in the database, "
                + stored + " letters from the load's writers in the database" + (result.again() > 0 ? ", " + result.again() + " answered as already received" : "") + ".");
        line("");
    }

    // Heap -----------------------------------------------------------------------------------

    private void heap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        if (used.find()) {
            long mib = Long.parseLong(used.group(2)) / 1024;
            line("Heap after the load runs and a full GC: " + mib + " MiB used of " + Long.parseLong(used.group(1)) / 1024
                    + " MiB committed (target < 512 MiB: " + (mib < 512 ? "met" : "**missed**") + ").");
        } else {
            line("Heap: " + info.strip());
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    // Plumbing ---------------------------------------------------------------------------------

    private void line(String text) {
        System.out.println("[bench] " + text);
        report.add(text);
    }

    /**
     * The machine's load average (Linux), said with every figure: on a shared 2-core machine,
     * anything above 2 means that other work was competing for the cores while measuring.
     */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " (1 min), " + parts[1] + " (5 min)";
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private String postgresVersion() throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return "PostgreSQL " + row.getString(1).replaceAll(" .*", "");
        }
    }

    private static String grep(Path file, Pattern pattern) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static void stop(Process server) {
        if (server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
