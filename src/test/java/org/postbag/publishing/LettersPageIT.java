package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** The public letters page over HTTP, as a reader's browser receives it. */
@ExtendWith(ArquillianExtension.class)
class LettersPageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(LettersPageIT.class);
    }

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL base;

    @Test
    void theLatestPageIsTheOnePublishedLastNotTheHighestNumber() throws Exception {
        int current = 1_000_000_000 + Fixtures.uniqueIssueNumber() % 1000;
        int archived = 2_100_000_000 + Fixtures.uniqueIssueNumber() % 1000;
        fixtures.publishedLetter(
                fixtures.issue(archived, LocalDate.of(2001, 3, 1)),
                "From the archive",
                "Old Writer",
                "Ripon",
                "Printed long ago.",
                null);
        fixtures.publishedLetter(
                fixtures.issue(current), "This week", "New Writer", "Leeds", "Printed today.", Instant.now());

        String home = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.toURI().resolve("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(home).contains("no. " + current).contains("Printed today.").doesNotContain("Printed long ago.");
    }

    @Test
    void theHomePageShowsTheLatestIssuesLettersEscapedAndWithoutASession() throws Exception {
        int number = 2_000_000_000 - Fixtures.uniqueIssueNumber() % 1000;
        fixtures.publishedLetter(
                fixtures.issue(number),
                "Trams: <the> last word?",
                "Tom Aldridge",
                "Halifax",
                "I would only add: by majority.\n\n> \"A municipal operator answers to voters\"\n\n<script>alert(1)</script>",
                Instant.now());

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.toURI().resolve("/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("From issue <a href=\"/issues/" + number + "\">no. " + number)
                .contains("Trams: &lt;the&gt; last word?")
                .contains("<p>I would only add: by majority.</p>")
                .contains("<blockquote><p>&quot;A municipal operator answers to voters&quot;</p></blockquote>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .contains("Tom Aldridge, Halifax")
                .doesNotContain("tom.aldridge@example.org")
                .doesNotContain("jakarta.faces.ViewState");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/no-such-page"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
    }
}
