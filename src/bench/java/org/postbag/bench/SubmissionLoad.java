package org.postbag.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers sending letters through the "Write to us" form, as browsers do: 32 clients, each
 * fetching a fresh form (with its one-time token), filling it in, and sending it no sooner than
 * a person could (the form marks faster ones as robots'), each letter from a writer of its own.
 * A client keeps several forms open at once so that it is never idle while one "is being
 * written". Only letters the server acknowledged (a redirect to /sent?ref=...) count.
 */
final class SubmissionLoad {

    record Result(double acceptedPerSecond, long accepted, long again, long failed, double p50, double p99, List<String> references) {}

    static final String DOMAIN = "load.bench.postbag.org";
    private static final long FILL_NANOS = 3_200_000_000L;
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"write\"[^>]*action=\"([^\"]*)\"");
    private static final Pattern REFERENCE = Pattern.compile("ref=([A-Z0-9-]+)");

    private record OpenForm(String token, String viewState, String action, long fetchedAt) {}

    private final String base;
    private final BenchText text = new BenchText();
    private final Queue<String> references = new ConcurrentLinkedQueue<>();
    private final Queue<Double> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong again = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile String firstFailure;

    SubmissionLoad(String base) {
        this.base = base;
    }

    Result run(int clients, int warmUpSeconds, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUpSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> writer(client, measureFrom, end));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + warmUpSeconds + 120, TimeUnit.SECONDS);
        if (firstFailure != null) {
            System.out.println("[bench] first failed submission: " + firstFailure);
        }
        List<Double> sorted = latencies.stream().sorted().toList();
        return new Result(
                accepted.get() / (double) seconds,
                accepted.get(),
                again.get(),
                failed.get(),
                DeskTimings.percentile(sorted, 50),
                DeskTimings.percentile(sorted, 99),
                List.copyOf(references));
    }

    private void writer(int client, long measureFrom, long end) {
        HttpClient http = Http.client(null);
        SplittableRandom random = new SplittableRandom(7_000_003L * (client + 1));
        Deque<OpenForm> open = new ArrayDeque<>();
        int sent = 0;
        while (System.nanoTime() < end) {
            try {
                OpenForm next = open.peekFirst();
                long now = System.nanoTime();
                if (next != null && now - next.fetchedAt() >= FILL_NANOS) {
                    open.pollFirst();
                    send(http, next, client, ++sent, random, now >= measureFrom, end);
                } else if (open.size() < 48) {
                    String page = Http.get(http, base + "/write").body();
                    Matcher action = FORM_ACTION.matcher(page);
                    open.addLast(new OpenForm(
                            Http.input(page, "formToken"),
                            Http.viewState(page),
                            action.find() ? action.group(1) : "/write",
                            System.nanoTime()));
                } else {
                    Thread.sleep(Math.max(1, (next.fetchedAt() + FILL_NANOS - now) / 1_000_000));
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                if (firstFailure == null) {
                    firstFailure = e.toString();
                }
            }
        }
    }

    private void send(HttpClient http, OpenForm form, int client, int n, SplittableRandom random, boolean counted, long end)
            throws Exception {
        String name = BenchText.pick(random, BenchText.FIRST_NAMES) + " " + BenchText.pick(random, BenchText.SURNAMES);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("write", "write");
        fields.put("formToken", form.token());
        fields.put("name", name);
        fields.put("town", BenchText.pick(random, BenchText.TOWNS));
        fields.put("email", "writer-" + client + "-" + n + "@" + DOMAIN);
        fields.put("contactDetails", "");
        fields.put("pieceQuery", "");
        fields.put("citation", "");
        fields.put("subject", random.nextBoolean() ? BenchText.subject(random) : "");
        fields.put("body", text.body(random, 120 + random.nextInt(250), null));
        fields.put("website", "");
        fields.put("consent", "on");
        fields.put("send", "Send your letter");
        fields.put("jakarta.faces.ViewState", form.viewState());
        long start = System.nanoTime();
        String action = form.action().startsWith("http") ? form.action() : base + form.action();
        HttpResponse<String> answer = Http.post(http, action, fields);
        long done = System.nanoTime();
        String location = answer.headers().firstValue("Location").orElse("");
        Matcher reference = REFERENCE.matcher(location);
        boolean ok = answer.statusCode() / 100 == 3 && reference.find();
        if (ok) {
            references.add(reference.group(1));
        }
        if (!counted || done > end) {
            return;
        }
        latencies.add((done - start) / 1e6);
        if (ok && location.contains("again=true")) {
            again.incrementAndGet();
        } else if (ok) {
            accepted.incrementAndGet();
        } else {
            failed.incrementAndGet();
            if (firstFailure == null) {
                firstFailure = answer.statusCode() + " " + location + " "
                        + answer.body().substring(0, Math.min(2000, answer.body().length()));
            }
        }
    }
}
