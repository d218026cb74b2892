package org.postbag.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.postbag.testing.WebForm;

/**
 * Readers writing letters through the public form over HTTP, as fast as the server takes them,
 * each from an email and a network address of their own. Every letter carries a marker of its
 * own in its text, so that the database can be searched for it. What the server answered is
 * kept: the reference of every letter acknowledged (the redirect to the confirmation page, whose
 * page is then read), and the forms whose answer never came (the server died or the connection
 * broke), which {@link #sendAgain} sends once more, unchanged, as a writer would.
 */
final class LetterWriters {

    private static final Pattern REFERENCE = Pattern.compile("ref=(L-\\d{4}-\\d{5,})");
    private static final String[] WORDS = ("tram bus station platform ticket fare council budget ward road lane"
                    + " bridge river canal mill school library park market hall street square parish village town"
                    + " city hospital surgery doctor nurse teacher pupil parent child neighbour shop baker butcher"
                    + " post office letter editor column article reply debate argument evidence figure survey"
                    + " winter summer autumn spring morning evening weekend holiday timetable delay service driver"
                    + " route stop shelter bench lamp pavement cycle lorry van car parking meter fine penalty rate"
                    + " rent house flat estate garden allotment hedge tree field moor hill valley quarry chapel"
                    + " church choir band concert theatre cinema museum gallery archive record history memory")
            .split(" ");

    /** A submission the server acknowledged: its marker and the reference it was given. */
    record Acknowledged(String marker, String reference, boolean again) {}

    /** A form sent without an answer (or with an error); it may be sent again. */
    record Unanswered(String marker, WebForm form, String address) {}

    private final Supplier<URI> base;
    private final String run;
    private final int writers;
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Queue<Unanswered> unanswered = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger confirmationPages = new AtomicInteger();
    private final AtomicInteger noAnswer = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    LetterWriters(Supplier<URI> base, String run, int writers) {
        this.base = base;
        this.run = run;
        this.writers = writers;
    }

    void start() {
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(writer), "writer-" + writer);
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

    private void write(int writer) {
        HttpClient client = WebForm.client();
        Random random = new Random(run.hashCode() * 31L + writer);
        String email = "writer" + writer + "." + run + "@reliability.test";
        String address = "203.0.113." + (writer + 1);
        int number = 0;
        while (!stopping) {
            String marker = "[" + run + "-w" + writer + "-" + (number++) + "]";
            WebForm form;
            try {
                form = WebForm.read(client, page("/write"), "write")
                        .set("name", "Writer " + writer)
                        .set("town", "Testing")
                        .set("email", email)
                        .set("body", text(random, marker))
                        .check("consent");
            } catch (IOException | AssertionError down) {
                pause(250); // the server is down or starting: try a new form in a moment
                continue;
            } catch (InterruptedException e) {
                return;
            }
            send(client, marker, form, address);
        }
    }

    /** Sends the form; true if the server acknowledged the letter. */
    private boolean send(HttpClient client, String marker, WebForm form, String address) {
        sent.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = form.header("X-Forwarded-For", address).press("send");
        } catch (IOException | RuntimeException broken) {
            noAnswer.incrementAndGet();
            unanswered.add(new Unanswered(marker, form, address));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger())
                .incrementAndGet();
        String location = response.headers().firstValue("Location").orElse("");
        Matcher reference = REFERENCE.matcher(location);
        if (response.statusCode() != 302 || !reference.find()) {
            unanswered.add(new Unanswered(marker, form, address));
            return false;
        }
        Acknowledged ack = new Acknowledged(marker, reference.group(1), location.contains("again=true"));
        Acknowledged earlier = acknowledged.putIfAbsent(marker, ack);
        if (earlier != null && !earlier.reference().equals(ack.reference())) {
            throw new AssertionError("One form, two letters: " + earlier + " and " + ack);
        }
        readConfirmationPage(client, location, ack.reference());
        return true;
    }

    private void readConfirmationPage(HttpClient client, String location, String reference) {
        try {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(page("/").resolve(location))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Document document = WebForm.parse(page);
            if (page.statusCode() == 200 && document.select(".reference").text().equals(reference)) {
                confirmationPages.incrementAndGet();
            }
        } catch (IOException | RuntimeException gone) {
            // acknowledged already by the redirect; the server may have died since
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends every unanswered form once more, unchanged; returns how many were acknowledged. */
    int sendAgain() {
        List<Unanswered> again = new ArrayList<>();
        Unanswered next;
        while ((next = unanswered.poll()) != null) {
            again.add(next);
        }
        HttpClient client = WebForm.client();
        int answered = 0;
        for (Unanswered form : again) {
            if (!acknowledged.containsKey(form.marker()) && send(client, form.marker(), form.form(), form.address())) {
                answered++;
            }
        }
        return answered;
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int sent() {
        return sent.get();
    }

    int noAnswer() {
        return noAnswer.get();
    }

    int confirmationPages() {
        return confirmationPages.get();
    }

    int unansweredCount() {
        return unanswered.size();
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    private URI page(String path) {
        return base.get().resolve(path.substring(1));
    }

    private static String text(Random random, String marker) {
        StringBuilder text = new StringBuilder("Dear editor, ").append(marker).append(' ');
        int words = 40 + random.nextInt(60);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(i % 12 == 11 ? ". " : " ");
        }
        return text.append("Yours faithfully.").toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
