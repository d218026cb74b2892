package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.FormTokens;
import org.postbag.testing.fixtures.Mailbox;

/** The "Write to us" form over plain HTTP: what arrives, bad input included, and what comes back. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WriteFormIT {

    /** Where the form sends its writer: the reference, and the signature that shows it to them only. */
    private static final String SENT = ".*/sent\\?ref=L-\\d{4}-\\d{5,}&sig=[A-Za-z0-9_-]{22}";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(WriteFormIT.class);
    }

    @ArquillianResource
    URL base;

    HttpClient client;
    String email;
    String address;

    @BeforeEach
    void newReader() {
        client = WebForm.client();
        email = Fixtures.uniqueEmail("Margaret Osei");
        address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private URI page(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private WebForm filledForm() throws Exception {
        return WebForm.read(client, page("/write"), "write")
                .header("X-Forwarded-For", address)
                .set("name", "Margaret Osei")
                .set("town", "Bradford")
                .set("email", email)
                .set("body", "Four of the eleven stations on the Shipley line still have no step-free access.")
                .check("consent");
    }

    /**
     * The form refuses to be sent faster than a person could fill it in. Rather than wait like a
     * person, the test sends the page's own token as if the page had been served a minute ago.
     */
    private static WebForm takenTime(WebForm form) {
        return form.set("formToken", FormTokens.backdated(form.value("formToken")));
    }

    @Test
    void theFormPageCreatesNoSession() throws Exception {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(page("/write")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("name=\"formToken\"").contains("350 words");
    }

    /** The blank form is rendered once and kept (BlankFormCache); its token must still be new each time. */
    @Test
    void everyBlankFormHasATokenOfItsOwnAndEachOneSendsALetterOfItsOwn() throws Exception {
        HttpResponse<String> firstPage =
                client.send(HttpRequest.newBuilder(page("/write")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> secondPage =
                client.send(HttpRequest.newBuilder(page("/write")).build(), HttpResponse.BodyHandlers.ofString());
        WebForm first = WebForm.of(client, page("/write"), firstPage.body(), "write");
        WebForm second = WebForm.of(client, page("/write"), secondPage.body(), "write");

        assertThat(first.value("formToken")).isNotBlank().isNotEqualTo(second.value("formToken"));
        assertThat(secondPage.body().replace(second.value("formToken"), "TOKEN"))
                .isEqualTo(firstPage.body().replace(first.value("formToken"), "TOKEN"));
        assertThat(secondPage.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");

        String[] locations = new String[2];
        int i = 0;
        for (WebForm form : new WebForm[] {first, second}) {
            HttpResponse<String> sent = takenTime(form)
                    .header("X-Forwarded-For", address)
                    .set("name", "Margaret Osei")
                    .set("town", "Bradford")
                    .set("email", email)
                    .set("body", "Letter " + i + ": the Shipley line still has four stations without step-free access.")
                    .check("consent")
                    .press("send");
            assertThat(sent.statusCode()).isEqualTo(302);
            locations[i++] = sent.headers().firstValue("Location").orElseThrow();
        }
        assertThat(locations[0]).matches(SENT);
        assertThat(locations[1]).matches(SENT).isNotEqualTo(locations[0]);
    }

    @Test
    void aGoodLetterIsAcceptedAndTheSameFormSentAgainFindsTheSameLetter() throws Exception {
        WebForm form = takenTime(filledForm());

        HttpResponse<String> first = form.press("send");
        HttpResponse<String> second = form.press("send");

        assertThat(first.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(SENT);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location").orElseThrow()).isEqualTo(location + "&again=true");
        assertThat(Mailbox.of(email).awaitOne().subject()).contains(reference(location));
    }

    @Test
    void theSentPageShowsTheReferenceAndLengthToTheWriterOnly() throws Exception {
        WebForm form = takenTime(filledForm().set("body", "Step-free access at every station, please. ".repeat(60)));
        String location = form.press("send").headers().firstValue("Location").orElseThrow();
        String reference = reference(location);

        Document signed = WebForm.parse(get(location));
        assertThat(signed.select(".reference").text()).isEqualTo(reference);
        assertThat(signed.select(".notice").text()).contains("Your letter has 360 words");

        String withoutSignature = get("/sent?ref=" + reference).body();
        String madeUp = get("/sent?ref=L-1999-99999").body();
        String forged = get("/sent?ref=" + reference + "&sig=AAAAAAAAAAAAAAAAAAAAAA&again=true")
                .body();
        String signatureOfAnother =
                get(location.replace(reference, "L-1999-99999")).body();
        assertThat(withoutSignature)
                .isEqualTo(madeUp)
                .isEqualTo(forged)
                .isEqualTo(signatureOfAnother)
                .contains("Thank you for your letter")
                .doesNotContain(reference)
                .doesNotContain("words");
    }

    private static String reference(String sentLocation) {
        Matcher found = Pattern.compile("ref=(L-\\d{4}-\\d{5,})").matcher(sentLocation);
        assertThat(found.find()).as("a reference in %s", sentLocation).isTrue();
        return found.group(1);
    }

    private HttpResponse<String> get(String location) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(location))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyProblemIsReportedAtOnceAndEverythingTypedIsKept() throws Exception {
        WebForm form = takenTime(filledForm()
                .set("name", "N".repeat(101))
                .set("email", "not an address")
                .set("body", "x".repeat(20_001))
                .remove("consent"));

        HttpResponse<String> response = form.press("send");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = WebForm.parse(response);
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly(
                        "Your name must be 100 characters or fewer",
                        "Enter an email address in the correct format, like name@example.com",
                        "Your letter must be 20,000 characters or fewer",
                        "Tick the box to say you agree to how we use your details");
        assertThat(page.getElementById("name").val()).isEqualTo("N".repeat(101));
        assertThat(page.getElementById("town").val()).isEqualTo("Bradford");
        assertThat(page.getElementById("body").wholeText()).hasSize(20_001);
        assertThat(page.title()).startsWith("Error: ");
    }

    @Test
    void invalidUtf8IsRefusedWithAMessageNotAnError() throws Exception {
        WebForm form =
                takenTime(filledForm().setBytes("body", new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28, '!'}));

        HttpResponse<String> response = form.press("send");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(response).select(".error-summary li").eachText())
                .containsExactly("This contains characters we could not read. Retype it, or paste it as plain text");
    }

    @Test
    void controlAndBidiCharactersAreStrippedBeforeTheLetterIsStored() throws Exception {
        WebForm form = takenTime(filledForm()
                .set("name", "Margaret\u0007 \u202EOsei")
                .set("body", "Lifts\u0000 first,\r\nnot \u2066livery\u2069."));

        assertThat(form.press("send").statusCode()).isEqualTo(302);

        String status = Mailbox.of(email).awaitOne().link("/status/");
        Document page = WebForm.parse(
                client.send(HttpRequest.newBuilder(URI.create(status)).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(page.select(".as-sent").html().strip()).isEqualTo("<p>Lifts first,<br>\nnot livery.</p>");
        assertThat(page.select(".facts").text()).contains("Margaret Osei, Bradford");
    }

    /**
     * A robot that wants past the typing time without waiting rewrites the time in the page's
     * token; without the application's key its signature no longer holds, and the form is refused
     * (a genuine token sent at once would be taken in, as spam). Not a token at all fares the same.
     */
    @Test
    void aFormWithAForgedTokenIsNotAccepted() throws Exception {
        WebForm page = filledForm();
        for (String forged : new String[] {FormTokens.backdatedWithoutTheKey(page.value("formToken")), "forged"}) {
            HttpResponse<String> response =
                    filledForm().set("formToken", forged).press("send");

            assertThat(response.statusCode()).as(forged).isEqualTo(200);
            assertThat(WebForm.parse(response).select(".error-summary li").eachText())
                    .containsExactly(
                            "This form was open too long for us to accept it. Check your letter and send it again.");
            assertThat(WebForm.parse(response).getElementById("body").wholeText())
                    .startsWith("Four of the eleven");
        }
    }

    @Test
    void findingAPieceKeepsWhatWasTypedWithoutComplainingAboutIt() throws Exception {
        WebForm form = WebForm.read(client, page("/write"), "write")
                .set("name", "Half Written")
                .set("pieceQuery", "no such piece " + System.nanoTime());

        HttpResponse<String> response = form.press("findPieces");

        Document page = WebForm.parse(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.getElementById("name").val()).isEqualTo("Half Written");
        assertThat(page.select("#piece-choices").text()).contains("Nothing we have published matches");
    }

    @Test
    void thePickerAnswersInJsonAsTheReaderTypes() throws Exception {
        HttpResponse<String> api = client.send(
                HttpRequest.newBuilder(page("/api/pieces?q=" + URLEncoder.encode("x", StandardCharsets.UTF_8)))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).startsWith("[");
    }
}
