package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.DomainException;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/** An article's web address becomes a link on the public site: only http and https may. */
@ExtendWith(ArquillianExtension.class)
class ArticleAddressIT {

    /** What the desk says of such an address, in the magazine's English (the bundle's articles.url.rule). */
    private static final String RULE = "Enter the article's web address in full, starting with https:// or http://";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ArticleAddressIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    Archive archive;

    private URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    private HttpResponse<String> register(HttpClient desk, String title, String address) throws Exception {
        return WebForm.read(desk, base().resolve("/editor/articles"), "articleForm")
                .set("title", title)
                .set("author", "Ann Author")
                .set("published", "2026-05-01")
                .set("url", address)
                .press("registerArticle");
    }

    private List<String> registeredTitles() {
        return archive.latestArticles(100).stream().map(Piece::title).toList();
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
        Account editor = fixtures.account("Arthur Archive", Role.EDITOR);
        HttpClient desk = Desk.signedIn(base(), editor.email(), Fixtures.PASSWORD);

        for (String address : List.of(
                "javascript:alert(document.cookie)",
                "JaVaScRiPt:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "//elsewhere.example/trams",
                "northern-review.example/trams")) {
            String title = "Unsafe " + System.nanoTime();
            HttpResponse<String> answer = register(desk, title, address);

            assertThat(answer.statusCode()).as(address).isEqualTo(200);
            Document page = WebForm.parse(answer);
            assertThat(page.select(".error-summary li").eachText()).as(address).containsExactly(RULE);
            assertThat(page.getElementById("url-error").text()).contains(RULE);
            assertThat(page.getElementById("url").val()).isEqualTo(address);
            assertThat(page.getElementById("title").val()).isEqualTo(title);
            assertThat(registeredTitles()).doesNotContain(title);
        }

        String title = "Safe " + System.nanoTime();
        HttpResponse<String> registered = register(desk, title, "https://northern-review.example/2026/05/trams");
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registeredTitles()).contains(title);
    }

    @Test
    void theArchiveItselfRefusesSuchAnAddress() {
        assertThatThrownBy(() -> archive.registerArticle(new Archive.ArticleForm(
                        "Straight to the archive",
                        "Ann Author",
                        null,
                        null,
                        LocalDate.of(2026, 5, 1),
                        "javascript:alert(1)",
                        null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("https://");
    }

    @Test
    void anAddressStoredBeforeTheRuleIsNeverMadeALink() throws Exception {
        Piece unsafe = fixtures.article("Stored long ago " + System.nanoTime(), "javascript:alert(document.cookie)");
        Piece safe = fixtures.article("Stored properly " + System.nanoTime(), "https://northern-review.example/a");

        Document unsafePage = WebForm.parse(
                Desk.get(WebForm.client(), base().resolve("/articles/" + unsafe.reference() + "/" + unsafe.slug())));
        Document safePage = WebForm.parse(
                Desk.get(WebForm.client(), base().resolve("/articles/" + safe.reference() + "/" + safe.slug())));

        assertThat(unsafePage.select("h1.headline").text()).isEqualTo(unsafe.title());
        assertThat(unsafePage.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.toLowerCase().contains("javascript"));
        assertThat(unsafePage.html()).doesNotContain("javascript:alert");
        assertThat(safePage.select("a[href]").eachAttr("href")).contains("https://northern-review.example/a");
    }
}
