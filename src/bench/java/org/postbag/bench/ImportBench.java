package org.postbag.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.postbag.archive.GeneratedExport;
import org.postbag.testing.fixtures.Desk;
import org.postbag.tools.RunServer;

/**
 * Issue 23's benchmark: a generated WordPress export of {@code -Dpieces} published posts (100,000
 * by default) imported through the import folder and {@code /admin/import}, as an admin would,
 * into a database of its own ({@code postbag_bench_import}, made again each run), on the server
 * the run command starts. Measured: the job's time from the admin's *Import* to its last batch,
 * and the public pages' latency under a steady reader load (20 requests a second, not a
 * saturating one) before and while the import runs. Results in {@code target/bench/results-import.md}.
 */
public final class ImportBench {

    private static final String ADMIN = "bench-admin@bench.postbag.org";
    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final int READS_PER_SECOND = 20;

    private final List<String> lines = new ArrayList<>();

    private record Sample(long sentNanos, double millis, int status) {}

    public static void main(String[] args) throws Exception {
        new ImportBench().run(Integer.getInteger("pieces", 100_000), Integer.getInteger("bench.baseline", 30));
    }

    private void run(int pieces, int baselineSeconds) throws Exception {
        BenchDatabase database = BenchDatabase.named("postbag_bench_import");
        database.recreate();
        Path out = Path.of(System.getProperty("postbag.bench.dir", "target/bench"));
        Path folder = Files.createDirectories(out.resolve("import"));
        Files.write(folder.resolve("seed.xml"), GeneratedExport.of("seed", 30, 1));
        String big = "generated-" + pieces + ".xml";
        long generating = System.nanoTime();
        Files.write(folder.resolve(big), GeneratedExport.of("bench", pieces, 2, 200));
        double generated = seconds(generating);

        Map<String, String> environment = new HashMap<>();
        environment.put("POSTBAG_DB_URL", database.url());
        environment.put("POSTBAG_DB_USER", database.user());
        environment.put("POSTBAG_DB_PASSWORD", database.password());
        environment.put("POSTBAG_DEMO", "false");
        environment.put("POSTBAG_MAGAZINE_NAME", "Northern Review");
        environment.put("POSTBAG_ADMIN_EMAIL", ADMIN);
        environment.put("POSTBAG_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("POSTBAG_IMPORT_DIR", folder.toAbsolutePath().toString());
        environment.put("POSTBAG_IMPORT_MAX_BYTES", String.valueOf(1L << 30));
        environment.put("POSTBAG_RATE_LIMIT_IP_PER_HOUR", "0");
        environment.put("POSTBAG_RATE_LIMIT_IP_PER_DAY", "0");
        Process server = RunServer.launch(
                Path.of(System.getProperty("postbag.wildfly.home")),
                Path.of(System.getProperty("postbag.server.dir")),
                Path.of(System.getProperty("postbag.war")),
                environment);
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        URI base = URI.create("http://localhost:" + RunServer.httpPort() + "/");
        if (!RunServer.waitUntilServing(base + "health/ready", server, Duration.ofMinutes(5))) {
            throw new IllegalStateException("the server did not come up");
        }
        try {
            HttpClient admin = Desk.signedIn(base, ADMIN, ADMIN_PASSWORD);
            start(admin, base, "seed.xml");
            awaitJobs(database, 1, Duration.ofMinutes(5));

            line("# Postbag import benchmark, " + pieces + " pieces");
            line("");
            line("Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                    + "; database " + database.name() + "; load average " + loadAverage() + " before.");
            line("The export: " + big + ", " + Files.size(folder.resolve(big)) / (1 << 20) + " MiB, generated in "
                    + String.format("%.1f", generated) + " s.");

            List<Sample> quiet = probe(base, Duration.ofSeconds(baselineSeconds), () -> false);
            long pressed = System.nanoTime();
            double preview = start(admin, base, big);
            double clickToJob = seconds(pressed);
            List<Sample> during = probe(base, Duration.ofHours(1), () -> finishedJobs(database) >= 2);
            double wall = seconds(pressed);
            String load = loadAverage();

            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement();
                    ResultSet job = statement.executeQuery("SELECT status, total_steps, done_steps, created_count,"
                            + " updated_count, unchanged_count, EXTRACT(EPOCH FROM finished_at - started_at)"
                            + " FROM import_job ORDER BY id DESC LIMIT 1")) {
                job.next();
                line("");
                line("| | |");
                line("|---|---|");
                line("| job | " + job.getString(1) + ", " + job.getInt(3) + " of " + job.getInt(2) + " steps; "
                        + job.getInt(4) + " created, " + job.getInt(5) + " updated, " + job.getInt(6)
                        + " unchanged |");
                line("| preview (the file read and planned, page answered) | " + String.format("%.1f s", preview)
                        + " |");
                line("| *Import* pressed to the job's last batch (`finished_at - started_at`) | "
                        + String.format("%.1f s", job.getDouble(7)) + " |");
                line("| from pressing *Preview* to the job seen finished | " + String.format("%.1f s", wall) + " |");
                line("| (the *Import* request itself) | " + String.format("%.1f s", clickToJob - preview) + " |");
            }
            line("| public pages before, " + READS_PER_SECOND + " req/s for " + baselineSeconds + " s | "
                    + describe(quiet) + " |");
            line("| public pages while importing | " + describe(during) + " |");
            line("| load average after | " + load + " |");
            line("");
            double slower = median(during) / median(quiet) - 1;
            double slowerP90 = percentile(during, 0.90) / percentile(quiet, 0.90) - 1;
            line(String.format(
                    "Median latency %+.0f%%, p90 %+.0f%% while importing (target: at most +20%%).",
                    slower * 100, slowerP90 * 100));
            Files.writeString(out.resolve("results-import.md"), String.join("\n", lines) + "\n");
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Picks the file in the import folder, shows the preview, presses Import; returns the preview's seconds. */
    private static double start(HttpClient admin, URI base, String file) throws Exception {
        URI page = base.resolve("/admin/import");
        HttpResponse<String> form = admin.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        long began = System.nanoTime();
        HttpResponse<String> preview = press(admin, page, form.body(), Map.of("serverFile", file), "lookInFolder");
        double previewed = seconds(began);
        if (preview.statusCode() != 200 || !preview.body().contains("id=\"start\"")) {
            throw new IllegalStateException("no preview for " + file + ": " + preview.statusCode());
        }
        HttpResponse<String> started = press(admin, page, preview.body(), Map.of(), "start");
        if (started.statusCode() != 302) {
            throw new IllegalStateException("the import of " + file + " did not start: " + started.statusCode());
        }
        return previewed;
    }

    /** The import form as a browser sends it: multipart, with what the page holds and the button pressed. */
    private static HttpResponse<String> press(
            HttpClient client, URI page, String html, Map<String, String> values, String button) throws Exception {
        Element form = Jsoup.parse(html, page.toString()).getElementById("importForm");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input, textarea, select")) {
            String type = input.attr("type");
            if (input.attr("name").isEmpty() || type.equals("submit") || type.equals("file")
                    || ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked"))) {
                continue;
            }
            fields.put(input.attr("name"), input.val());
        }
        fields.putAll(values);
        fields.put(button, button);
        String boundary = "postbag-bench-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return client.send(
                HttpRequest.newBuilder(page.resolve(form.attr("action")))
                        // HTTP/1.1: a preview that takes minutes on a loaded machine ended once in
                        // the server's GOAWAY on the upgraded HTTP/2 connection.
                        .version(HttpClient.Version.HTTP_1_1)
                        .timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private interface Done {
        boolean now() throws Exception;
    }

    /** Reads two public pages in turn at a steady rate until {@code done} or {@code most} has passed. */
    private static List<Sample> probe(URI base, Duration most, Done done) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        String[] pages = {"issues/1", "issues"};
        long[] count = {0};
        timer.scheduleAtFixedRate(
                () -> {
                    long sent = System.nanoTime();
                    URI page = base.resolve(pages[(int) (count[0]++ % pages.length)]);
                    client.sendAsync(
                                    HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .whenComplete((answer, failure) -> samples.add(new Sample(
                                    sent, (System.nanoTime() - sent) / 1e6, failure == null ? answer.statusCode() : 0)));
                },
                0,
                1000 / READS_PER_SECOND,
                TimeUnit.MILLISECONDS);
        long end = System.nanoTime() + most.toNanos();
        while (System.nanoTime() < end && !done.now()) {
            Thread.sleep(500);
        }
        timer.shutdownNow();
        Thread.sleep(1000);
        return new ArrayList<>(samples);
    }

    private static void awaitJobs(BenchDatabase database, int finished, Duration patience) throws Exception {
        long end = System.nanoTime() + patience.toNanos();
        while (finishedJobs(database) < finished) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the import did not finish within " + patience);
            }
            Thread.sleep(500);
        }
    }

    private static int finishedJobs(BenchDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FILTER (WHERE status <> 'RUNNING') FROM import_job")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String describe(List<Sample> samples) {
        long failed = samples.stream().filter(s -> s.status() != 200).count();
        return String.format(
                "%d requests, median %.1f ms, p90 %.1f ms, p99 %.1f ms, %d not 200",
                samples.size(), median(samples), percentile(samples, 0.90), percentile(samples, 0.99), failed);
    }

    private static double median(List<Sample> samples) {
        return percentile(samples, 0.5);
    }

    private static double percentile(List<Sample> samples, double which) {
        List<Double> millis = new ArrayList<>();
        samples.forEach(sample -> millis.add(sample.millis()));
        Collections.sort(millis);
        return millis.isEmpty() ? Double.NaN : millis.get((int) Math.min(millis.size() - 1, which * millis.size()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unknown) {
            return "unknown";
        }
    }

    private void line(String line) {
        lines.add(line);
        System.out.println(line);
    }
}
