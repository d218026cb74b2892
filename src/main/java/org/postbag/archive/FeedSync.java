package org.postbag.archive;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Config;

/**
 * Keeps the archive in step with the magazine's own feed (POSTBAG_FEED_URL), polled every
 * POSTBAG_FEED_INTERVAL_SECONDS (300): a new article becomes a piece readers can answer at once,
 * with its canonical address; a changed one updates its piece. Each poll is a conditional GET
 * (ETag, Last-Modified) with a timeout; a site that is down, answers a web page instead of a
 * feed, or an error, is asked again later and later (doubling, up to an hour).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedSync {

    private static final Logger LOG = Logger.getLogger(FeedSync.class.getName());

    /** More than any magazine's feed; a larger answer is not read. */
    static final int MAX_FEED_BYTES = 10 << 20;

    static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);

    /** What one poll did, as the admin page shows it. */
    public record Result(Instant at, String outcome, int created, int updated) {}

    private record Validators(String etag, String lastModified) {}

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Inject
    private ImportSteps steps;

    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
    private volatile int failures;
    private volatile Instant nextPoll = Instant.EPOCH;
    private volatile Result last;

    @Schedule(hour = "*", minute = "*", second = "20", persistent = false)
    void everyMinute() {
        String url = config.string("POSTBAG_FEED_URL", "");
        if (url.isBlank() || clock.instant().isBefore(nextPoll)) {
            return;
        }
        Duration interval = config.seconds("POSTBAG_FEED_INTERVAL_SECONDS", Duration.ofMinutes(5));
        Result result = sync(URI.create(url.strip()));
        boolean failed = result.outcome().startsWith("Failed");
        failures = failed ? failures + 1 : 0;
        Duration wait = failed ? min(interval.multipliedBy(1L << Math.min(failures, 10)), LONGEST_BACK_OFF) : interval;
        nextPoll = clock.instant().plus(wait);
        if (failed) {
            LOG.warning(() -> "Feed " + url + ": " + result.outcome() + "; next try in " + wait.toMinutes() + " min");
        }
    }

    /** Polls the feed once; never throws for what the site answers. */
    public Result sync(URI feed) {
        Duration timeout = config.seconds("POSTBAG_FEED_TIMEOUT_SECONDS", Duration.ofSeconds(10));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(feed)
                .timeout(timeout)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
                .header("User-Agent", "Postbag feed sync");
        Validators known = validators.get(feed);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        Result result;
        try {
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            result = handle(feed, response);
        } catch (IOException failure) {
            result = new Result(
                    clock.instant(),
                    "Failed: the site did not answer (" + failure.getClass().getSimpleName() + ")",
                    0,
                    0);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result = new Result(clock.instant(), "Failed: interrupted", 0, 0);
        }
        last = result;
        return result;
    }

    private Result handle(URI feed, HttpResponse<InputStream> response) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return new Result(clock.instant(), "Unchanged since the last poll", 0, 0);
            }
            if (response.statusCode() != 200) {
                return new Result(clock.instant(), "Failed: the site answered " + response.statusCode(), 0, 0);
            }
            String type =
                    response.headers().firstValue("Content-Type").orElse("").toLowerCase();
            if (type.startsWith("text/html")) {
                return new Result(clock.instant(), "Failed: the address answered a web page, not a feed", 0, 0);
            }
            byte[] bytes = body.readNBytes(MAX_FEED_BYTES + 1);
            if (bytes.length > MAX_FEED_BYTES) {
                return new Result(
                        clock.instant(), "Failed: the feed is larger than " + (MAX_FEED_BYTES >> 20) + " MB", 0, 0);
            }
            ImportPlan plan;
            try {
                plan = ImportPlan.of(FeedItems.read(bytes), ImportPlan.Options.defaults());
            } catch (ImportProblem problem) {
                return new Result(clock.instant(), "Failed: " + problem.getMessage(), 0, 0);
            }
            ImportSteps.Counts counts = steps.applyAll(plan, "the feed " + feed);
            validators.put(
                    feed,
                    new Validators(
                            response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null)));
            return new Result(
                    clock.instant(),
                    "Read " + plan.articles().size() + " articles and "
                            + plan.letters().size() + " letters",
                    counts.created(),
                    counts.updated());
        }
    }

    /** The feed polled, if one is configured (POSTBAG_FEED_URL). */
    public String feedUrl() {
        return config.string("POSTBAG_FEED_URL", "").strip();
    }

    /** The last poll, for the admin page; null before the first. */
    public Result last() {
        return last;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
