package org.postbag.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editors' queue, signed in, one request at a time: the time the server spent (the
 * request log's {@code ms=}) and the time the client waited, for each page asked for.
 */
final class DeskTimings {

    record Timing(String scenario, String query, int requests, double serverMedian, double serverP95, double clientMedian,
            int rows) {}

    private static final Pattern LOGGED_MS = Pattern.compile("path=/editor/queue status=(\\d+) ms=([\\d.]+)");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*class=\"[^\"]*queue-row");

    private final String base;
    private final Path serverLog;
    private final HttpClient client = Http.client(new CookieManager());

    DeskTimings(String base, Path serverLog) {
        this.base = base;
        this.serverLog = serverLog;
    }

    void signIn(String email, String password) throws IOException, InterruptedException {
        String page = Http.get(client, base + "/sign-in").body();
        HttpResponse<String> signedIn = Http.post(
                client,
                base + "/sign-in",
                Map.of(
                        "signInForm", "signInForm",
                        "email", email,
                        "password", password,
                        "signIn", "Sign in",
                        "jakarta.faces.ViewState", Http.viewState(page)));
        if (signedIn.statusCode() / 100 != 3) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + "\n" + signedIn.body());
        }
        HttpResponse<String> queue = Http.get(client, base + "/editor/queue");
        if (queue.statusCode() != 200) {
            throw new IllegalStateException("the queue answered " + queue.statusCode() + " after sign-in");
        }
    }

    /** Asks for a queue page once, unmeasured (warm-up). */
    void visit(String query) throws IOException, InterruptedException {
        String url = url(query);
        check(Http.get(client, url), url);
    }

    Timing measure(String scenario, String query, int warmUp, int requests) throws IOException, InterruptedException {
        String url = url(query);
        for (int i = 0; i < warmUp; i++) {
            visit(query);
        }
        long logAt = Files.size(serverLog);
        List<Double> client = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = Http.get(this.client, url);
            client.add((System.nanoTime() - start) / 1e6);
            check(page, url);
            rows = count(ROW, page.body());
        }
        Thread.sleep(300);
        List<Double> server = new ArrayList<>();
        byte[] log = Files.readAllBytes(serverLog);
        Matcher lines = LOGGED_MS.matcher(new String(log, (int) logAt, log.length - (int) logAt, StandardCharsets.UTF_8));
        while (lines.find()) {
            server.add(Double.parseDouble(lines.group(2)));
        }
        return new Timing(scenario, query, requests, percentile(server, 50), percentile(server, 95), percentile(client, 50), rows);
    }

    private String url(String query) {
        return base + "/editor/queue" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void check(HttpResponse<String> page, String url) {
        if (page.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + page.statusCode());
        }
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
