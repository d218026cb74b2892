package org.postbag.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Readers reading the public site while something goes wrong: the latest letters (served from
 * the page cache), the issues, and searches for words nobody searched before (which need the
 * database). Every answer is judged: a 200, or a 503 that is the friendly "try again" page
 * with no trace of the failure behind it. Anything else is kept to be reported.
 */
final class Readers {

    /** What a stack trace or an exception's name looks like in a page. */
    static final Pattern TRACE = Pattern.compile(
            "Exception|Caused by|\\bat (org|java|jakarta|io|sun)\\.|org\\.hibernate|PSQL|SQLState|\\bIJ\\d{6}");

    private final URI base;
    private final int readers;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    Readers(URI base, int readers) {
        this.base = base;
        this.readers = readers;
    }

    /** True if the answer is a 503 "try again" page that gives nothing away. */
    static boolean friendlyUnavailable(HttpResponse<String> response) {
        return response.statusCode() == 503
                && response.body().contains("try again")
                && !TRACE.matcher(response.body()).find();
    }

    void start() {
        for (int r = 0; r < readers; r++) {
            int reader = r;
            Thread thread = new Thread(() -> read(reader), "reader-" + reader);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    private void read(int reader) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(reader);
        int n = 0;
        while (!stopping) {
            String path =
                    switch (n++ % 3) {
                        case 0 -> "/";
                        case 1 -> "/issues";
                        default ->
                            "/search?q="
                                    + URLEncoder.encode(
                                            "tram " + reader + "x" + random.nextInt(1_000_000), StandardCharsets.UTF_8);
                    };
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(base.resolve(path.substring(1)))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                boolean fine = response.statusCode() == 200
                        ? !TRACE.matcher(response.body()).find()
                        : friendlyUnavailable(response);
                if (!fine) {
                    problems.add(path + " answered " + response.statusCode() + ": "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
                }
                Thread.sleep(20);
            } catch (IOException failed) {
                connectionFailures.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    int connectionFailures() {
        return connectionFailures.get();
    }
}
