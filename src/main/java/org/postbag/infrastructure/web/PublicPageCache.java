package org.postbag.infrastructure.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.infrastructure.Hashing;

/**
 * The public pages, as anonymous readers see them, rendered once and served from memory
 * until something is published, taken down or corrected ({@link PublicationState}). Every
 * answer carries an ETag and Last-Modified, and a conditional request is answered with 304.
 * Requests with a session (editors, who see the desk's menu) and the private pages are
 * never cached. The cache holds at most 32 MB, least recently used first out.
 *
 * <p>A page is kept under its path and the query parameters it reads ({@link PageParameters}),
 * nothing else: an address with other parameters, or with them in another order, is sent to
 * the page's own address with 301, so that no one can make the server render afresh (and
 * push real pages out of memory) by adding {@code ?r=<random>} to an address.
 */
@WebFilter(filterName = "PublicPageCache")
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern PUBLIC = Pattern.compile(
            "/|/issues(/[^/]+)?|/letters/[^/]+(/[^/]*)?|/articles/[^/]+(/[^/]*)?|/threads/[^/]+|/writers/[^/]+|/search"
                    + "|/feeds/.+");
    /** A public page asked for by its view's file name, which would be rendered afresh every time. */
    private static final Pattern VIEW_FILE =
            Pattern.compile("/(index|issues|letters|articles|threads|writers|search)\\.xhtml(/.*)?");

    static final String CACHE_CONTROL = "public, max-age=30";
    private static final long MOST_BYTES = 32L * 1024 * 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** A rendered page and what makes it valid. */
    record Entry(
            long version,
            String contentType,
            byte[] body,
            String etag,
            Instant lastModified,
            /* Last-Modified as sent, formatted once when the page is stored, not on every request. */
            String httpDate) {}

    @Inject
    private transient PublicationState publication;

    @Inject
    private transient Instance<PageVariant> variant;

    /** The variant of the last page asked for, for {@link #current} which must not ask the database for it. */
    private volatile String variantSeen = "";

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    @Override
    public void init() {
        getServletContext().setAttribute(PublicPageCache.class.getName(), this);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String canonical = canonicalAddress(request.getMethod(), path, request.getQueryString());
        if (canonical != null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + canonical);
            return;
        }
        if (!cacheable(request.getMethod(), path, request.getQueryString()) || hasSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        PublicationState.Version version = publication.current();
        String pageVariant = variant.isResolvable() ? variant.get().current() : "";
        variantSeen = pageVariant;
        String key = key(pageVariant, path, request.getQueryString());
        Entry entry = get(key);
        if (entry == null || entry.version() != version.number()) {
            ResponseCapture capture = new ResponseCapture(response);
            chain.doFilter(request, capture);
            if (capture.getStatus() != HttpServletResponse.SC_OK || capture.getHeader("Set-Cookie") != null) {
                capture.flushTo(response);
                return;
            }
            byte[] body = capture.body();
            Instant lastModified = version.changedAt().truncatedTo(ChronoUnit.SECONDS);
            entry = new Entry(
                    version.number(),
                    capture.getContentType(),
                    body,
                    "\""
                            + Hashing.sha256(version.number() + ":" + new String(body, StandardCharsets.UTF_8))
                                    .substring(0, 24)
                            + "\"",
                    lastModified,
                    HTTP_DATE.format(lastModified));
            put(key, entry);
        }
        serve(entry, request, response);
    }

    /** A GET or HEAD of a public page at its own address, with no more than a short query. */
    static boolean cacheable(String method, String path, String query) {
        return isPublicRead(method, path)
                && PageParameters.canonical(path, query).equals(query == null ? "" : query)
                && (query == null || query.length() < 300);
    }

    /**
     * Where a GET or HEAD of a public page must be sent (its path and canonical query) because
     * its query holds parameters the page does not read, or holds them in another form, or because
     * it names the page's view file; null when the address is already the page's own, or the
     * request is not a read of a public page.
     */
    static String canonicalAddress(String method, String path, String query) {
        Matcher file = VIEW_FILE.matcher(path);
        if (("GET".equals(method) || "HEAD".equals(method)) && file.matches()) {
            String page = file.group(1).equals("index")
                    ? "/"
                    : "/" + file.group(1) + (file.group(2) == null ? "" : file.group(2));
            String canonical = PageParameters.canonical(page, query);
            return canonical.isEmpty() ? page : page + "?" + canonical;
        }
        if (!isPublicRead(method, path)) {
            return null;
        }
        String canonical = PageParameters.canonical(path, query);
        if (canonical.equals(query == null ? "" : query)) {
            return null;
        }
        return canonical.isEmpty() ? path : path + "?" + canonical;
    }

    private static boolean isPublicRead(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method))
                && PUBLIC.matcher(path).matches();
    }

    /** How many pages are kept (for the tests, which show that a query the page ignores adds none). */
    public synchronized int size() {
        return entries.size();
    }

    private static String key(String variant, String path, String query) {
        return variant + " " + (query == null || query.isEmpty() ? path : path + "?" + query);
    }

    /**
     * The page kept for a path and query, if it was rendered for the version read within the
     * last second; null otherwise. Never asks the database, so it never makes a request wait.
     */
    Entry current(String path, String query) {
        PublicationState.Version version = publication.recent();
        if (version == null) {
            return null;
        }
        Entry entry = get(key(variantSeen, path, query));
        return entry != null && entry.version() == version.number() ? entry : null;
    }

    private static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Last-Modified", entry.httpDate());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean notModified = ifNoneMatch != null
                ? ifNoneMatch.contains(entry.etag()) || ifNoneMatch.strip().equals("*")
                : notModifiedSince(request, entry.lastModified());
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    private static boolean notModifiedSince(HttpServletRequest request, Instant lastModified) {
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Whether the request comes with a session: an editor's, never an anonymous reader's. */
    public static boolean hasSession(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equalsIgnoreCase("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }

    private synchronized Entry get(String key) {
        return entries.get(key);
    }

    private synchronized void put(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        var eldest = entries.entrySet().iterator();
        while (bytes > MOST_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }
}
