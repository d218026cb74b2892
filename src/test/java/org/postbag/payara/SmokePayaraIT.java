package org.postbag.payara;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.OpenIdProvider;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.FormTokens;
import org.postbag.testing.fixtures.Mailbox;

/**
 * The WAR that WildFly runs, deployed unchanged to Payara Micro 6 with Hibernate ORM and the
 * PostgreSQL driver as server libraries: what depends on the server (datasource, JPA provider,
 * JTA, Jakarta Security and its roles, mail, Faces), seen over HTTP and in the database.
 *
 * <p>Payara Micro boots once per deployment, so the whole suite is this one class with one
 * deployment; every test still makes its own data and stands alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmokePayaraIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /**
     * The site's root on the loopback address the server listens on. Not from {@link #url}:
     * the adapter takes its host from Payara Micro's instance descriptor, which names the
     * machine's network address however the listener is bound.
     */
    private static URI base() {
        return URI.create("http://127.0.0.1:" + System.getProperty("postbag.it.payara.http.port") + "/");
    }

    /**
     * The deploy ran Flyway through the server's datasource and then validated the Hibernate
     * mapping against the result (DatabaseMigration); a drifted mapping, a missing JPA provider
     * or a missing datasource would have failed the deployment before any test ran.
     */
    @Test
    void theDeployAppliedEveryMigration() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            migrations = files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
        }

        try (Connection connection = database();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT count(*), bool_and(success) FROM flyway_schema_history WHERE type = 'SQL'")) {
            assertThat(history.next()).isTrue();
            assertThat(history.getLong(1)).isEqualTo(migrations).isPositive();
            assertThat(history.getBoolean(2)).isTrue();
        }
    }

    @Test
    void theApplicationIsDeployedAtTheSiteRoot() {
        assertThat(url.getPort()).isEqualTo(base().getPort());
        assertThat(url.getPath()).isIn("", "/");
    }

    @Test
    void thePublicHomePageIsServedWithoutASession() throws Exception {
        HttpResponse<String> home = Desk.get(WebForm.client(), base());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(WebForm.parse(home).select("h1").text()).isEqualTo("Letters");
    }

    @Test
    void aLetterWrittenThroughTheFormIsMailedConfirmedAndReachesTheQueue() throws Exception {
        HttpClient reader = WebForm.client();
        String email = Fixtures.uniqueEmail("Margaret Osei");
        WebForm form = WebForm.read(reader, base().resolve("/write"), "write")
                .header(
                        "X-Forwarded-For",
                        "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255))
                .set("name", "Margaret Osei")
                .set("town", "Bradford")
                .set("email", email)
                .set("body", "Four of the eleven stations on the Shipley line still have no step-free access.")
                .check("consent");
        // The form refuses to be sent faster than a person could fill it in: a token served a
        // minute ago, as a slow reader's would be, instead of a wait.
        form.set("formToken", FormTokens.servedAMinuteAgo());

        HttpResponse<String> sent = form.press("send");

        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/sent\\?ref=L-\\d{4}-\\d{5,}&sig=[A-Za-z0-9_-]{22}");
        String reference = location.replaceAll(".*ref=(L-\\d{4}-\\d{5,}).*", "$1");
        Mailbox.Mail mail = Mailbox.of(email).awaitOne();
        assertThat(mail.subject()).contains(reference);

        HttpResponse<String> confirmed = WebForm.read(reader, URI.create(mail.link("/confirm/")), "confirm")
                .press("confirmLetter");

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).contains("confirmed=true");
        HttpClient editor = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        assertThat(Desk.get(editor, base().resolve("/editor/queue")).body()).contains(reference);
    }

    @Test
    void theBootstrapAdminSignsInToTheDeskAndTheAdminPages() throws Exception {
        HttpClient admin = WebForm.client();

        HttpResponse<String> signedIn = Desk.signIn(admin, base(), Desk.adminEmail(), Desk.adminPassword());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/editor/queue");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> queue = Desk.get(admin, base().resolve("/editor/queue"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Signed in as Ada Admin");
        assertThat(Desk.get(admin, base().resolve("/admin/")).statusCode()).isEqualTo(200);
    }

    @Test
    void theDeskAndTheAdminPagesSendAnonymousVisitorsToSignIn() throws Exception {
        HttpClient anonymous = WebForm.client();
        for (String page : List.of("/editor/queue", "/admin/")) {
            HttpResponse<String> response = Desk.get(anonymous, base().resolve(page));

            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(page)
                    .endsWith("/sign-in?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
    }

    /**
     * Single sign-on through the real OpenID provider the build starts: Payara's own Jakarta
     * Security OpenID Connect mechanism, handed the flow by DeskAuthentication as on WildFly.
     * The suite's server has POSTBAG_OIDC_ISSUER set (pom.xml).
     */
    @Test
    void anEditorSignsInThroughTheOpenIdProviderAndHostileTokensAreRefused() throws Exception {
        OpenIdProvider.awaitReady();
        HttpClient client = WebForm.client();

        HttpResponse<String> back = OpenIdProvider.signIn(client, base(), "eddie@sso.test");

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/editor/queue");
        assertThat(Desk.get(client, base().resolve("/editor/queue")).body()).contains("Signed in as Eddie Sso");
        assertThat(OpenIdProvider.signIn(WebForm.client(), base(), "nora@sso.test")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/sign-in?refused=no-role");
        assertThat(OpenIdProvider.signIn(WebForm.client(), base(), "forger@sso.test")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/sign-in?refused=failed");
    }

    private static Connection database() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("postbag.it.db.user", "postgres"));
        credentials.setProperty("password", System.getProperty("postbag.it.db.password", "postgres"));
        return new org.postgresql.Driver().connect(System.getProperty("postbag.it.db.url"), credentials);
    }
}
