package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.PublicPageCache;
import org.postbag.publishing.Piece;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Fixtures;

/**
 * What an anonymous visitor cannot make the server do over and over: render a page afresh by
 * adding a parameter the page ignores, rank most of the archive through the piece picker or a
 * late page of results, or search without pause.
 */
@ExtendWith(ArquillianExtension.class)
class PublicQueryCostIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PublicQueryCostIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    ServletContext servletContext;

    private final HttpClient http = WebForm.client();

    private URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aParameterThePageDoesNotReadIsRedirectedAwayAndKeepsNothing() throws Exception {
        PublicPageCache cache = (PublicPageCache) servletContext.getAttribute(PublicPageCache.class.getName());
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        int kept = cache.size();

        for (int i = 0; i < 50; i++) {
            HttpResponse<String> random =
                    get("/?r=" + ThreadLocalRandom.current().nextLong());
            assertThat(random.statusCode()).isEqualTo(301);
            URI to = base().resolve(random.headers().firstValue("Location").orElseThrow());
            assertThat(to.getRawPath()).isEqualTo("/");
            assertThat(to.getRawQuery()).isNull();
        }
        HttpResponse<String> byFileName =
                get("/index.xhtml?r=" + ThreadLocalRandom.current().nextLong());
        assertThat(byFileName.statusCode()).isEqualTo(301);
        assertThat(base().resolve(byFileName.headers().firstValue("Location").orElseThrow()))
                .isEqualTo(base());
        assertThat(cache.size()).isEqualTo(kept);

        HttpResponse<String> reordered = get("/search?utm_source=mail&page=2&q=trams");
        assertThat(reordered.statusCode()).isEqualTo(301);
        assertThat(reordered.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/search?q=trams&page=2"));
        assertThat(get("/search?q=trams&page=2").statusCode()).isEqualTo(200);
    }

    @Test
    void thePickerFindsNothingForFewerThanThreeCharacters() throws Exception {
        String word = "Pickerel" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        Piece piece = fixtures.publishedLetter(
                Fixtures.uniqueIssueNumber(), "On " + word, "Pia Picker", "Leeds", "A letter to be picked.");

        for (String tooShort : List.of("e", "ck", " ck ", "Pi")) {
            HttpResponse<String> found = get(
                    "/api/pieces?q=" + URLEncoder.encode(tooShort, StandardCharsets.UTF_8),
                    "Accept",
                    "application/json");
            assertThat(found.statusCode()).as(tooShort).isEqualTo(200);
            assertThat(found.body()).as(tooShort).isEqualTo("[]");
        }
        assertThat(get("/api/pieces?q=" + word.toLowerCase(), "Accept", "application/json")
                        .body())
                .contains(piece.reference());
    }

    @Test
    void aPageOfResultsAfterTheTwentiethIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> last = get("/search?q=letters&page=20");
        assertThat(last.statusCode()).isEqualTo(200);

        HttpResponse<String> beyond = get("/search?q=letters&page=21");
        assertThat(beyond.statusCode()).isEqualTo(400);
        Document page = WebForm.parse(beyond);
        assertThat(page.select("main#main h1").text()).isEqualTo("Search the letters");
        assertThat(page.select("[role=status]").text()).contains("We show the first 20 pages of results only.");
        assertThat(get("/search?q=letters&page=50").statusCode()).isEqualTo(400);
    }

    @Test
    void searchesAndPicksOverTheLimitAreAnswered429UntilTheWindowEnds() throws Exception {
        String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        String other =
                "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + "::1";
        String words = "limit" + Long.toString(System.nanoTime(), 36);
        try (AutoCloseable limits = limits("3")) {
            for (int i = 0; i < 3; i++) {
                assertThat(get("/search?q=" + words + i, "X-Forwarded-For", client)
                                .statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> refused = get("/search?q=" + words + "x", "X-Forwarded-For", client);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(WebForm.parse(refused).select("main#main h1").text()).isEqualTo("Too many searches");
            assertThat(get("/search?q=" + words + "x", "X-Forwarded-For", other).statusCode())
                    .isEqualTo(200);

            for (int i = 0; i < 3; i++) {
                assertThat(get("/api/pieces?q=" + words + i, "X-Forwarded-For", client)
                                .statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> picked = get("/api/pieces?q=" + words, "X-Forwarded-For", client);
            assertThat(picked.statusCode()).isEqualTo(429);
            assertThat(picked.headers().firstValue("Retry-After")).isPresent();
            assertThat(picked.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(picked.body()).startsWith("{\"error\":\"Too many searches");
        }
    }

    /**
     * Lower limits for one test, put back on close. The searches come over HTTP, so the server's
     * request threads must see them; the test's own client addresses keep other counts apart.
     */
    private static AutoCloseable limits(String perMinute) {
        Config.Overrides.Scope search =
                Config.Overrides.forTheServer("POSTBAG_RATE_LIMIT_SEARCH_PER_MINUTE", perMinute);
        Config.Overrides.Scope picker =
                Config.Overrides.forTheServer("POSTBAG_RATE_LIMIT_PICKER_PER_MINUTE", perMinute);
        return () -> {
            picker.close();
            search.close();
        };
    }
}
