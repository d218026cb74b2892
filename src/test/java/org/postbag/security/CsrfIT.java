package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Forged requests. The desk's and the console's forms are protected by the view state Faces
 * keeps in the session (an unguessable id that only the page served to that session carries),
 * by the session cookie's SameSite=Lax, and by refusing any POST that says it comes from
 * another site. The public forms change nothing without their own secret: the letter form's
 * signed token, the writer's and the new editor's private links.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfIT {

    private static final String STATE = "jakarta.faces.ViewState";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(CsrfIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint fingerprint;

    @Inject
    Letters letters;

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    private WebForm noteForm(HttpClient client, URI page, String note) throws Exception {
        return WebForm.read(client, page, "noteForm").set("note", note);
    }

    @Test
    void aDeskActionWithoutTheSessionsOwnViewStateIsRefusedAndChangesNothing() throws Exception {
        Account editor = fixtures.account("Cora Csrf", Role.EDITOR);
        Account other = fixtures.account("Otto Other", Role.EDITOR);
        HttpClient victim = Desk.signedIn(base(), editor.email(), Fixtures.PASSWORD);
        HttpClient attacker = Desk.signedIn(base(), other.email(), Fixtures.PASSWORD);
        Letter letter = fixtures.newLetter("Fay Fenwick", "A letter to be noted on. " + System.nanoTime());
        URI page = base().resolve("/editor/letters/" + letter.reference());

        String attackersState = noteForm(attacker, page, "x").value(STATE);
        Map<String, WebForm> forged = new LinkedHashMap<>();
        forged.put("no view state", noteForm(victim, page, "forged 1").remove(STATE));
        forged.put("a stateless view state", noteForm(victim, page, "forged 2").set(STATE, "stateless"));
        forged.put("a made-up view state", noteForm(victim, page, "forged 3").set(STATE, "-1234567890:987654321"));
        forged.put(
                "another session's view state",
                noteForm(victim, page, "forged 4").set(STATE, attackersState));
        forged.put(
                "an Origin of another site",
                noteForm(victim, page, "forged 5").header("Origin", "https://attacker.example"));
        forged.put(
                "a Referer of another site",
                noteForm(victim, page, "forged 6").header("Referer", "https://attacker.example/page"));
        forged.put(
                "Origin null (a sandboxed frame or a data: page)",
                noteForm(victim, page, "forged 7").header("Origin", "null"));

        for (Map.Entry<String, WebForm> attempt : forged.entrySet()) {
            Map<String, String> before = fingerprint.take();
            HttpResponse<String> response = attempt.getValue().press("addNote");
            assertThat(fingerprint.take()).as(attempt.getKey()).isEqualTo(before);
            assertThat(response.statusCode()).as(attempt.getKey()).isLessThan(500);
            if (!attempt.getKey().equals("no view state")) {
                // Without any view state Faces does not see a postback at all: it shows the page again.
                assertThat(response.statusCode()).as(attempt.getKey()).isBetween(400, 499);
            }
        }

        // The same form, sent as served, does what it says.
        HttpResponse<String> genuine = noteForm(victim, page, "A genuine note")
                .header("Origin", base().toString().replaceAll("/$", ""))
                .press("addNote");
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(Desk.get(victim, page).body()).contains("A genuine note").doesNotContain("forged");
    }

    @Test
    void anAdminActionFromAnotherSessionIsRefused() throws Exception {
        HttpClient admin = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        Account other = fixtures.account("Ada Attacker", Role.EDITOR, Role.ADMIN);
        HttpClient attacker = Desk.signedIn(base(), other.email(), Fixtures.PASSWORD);
        URI settings = base().resolve("/admin/settings");
        String attackersState = WebForm.read(attacker, settings, "settingsForm").value(STATE);

        Map<String, String> before = fingerprint.take();
        HttpResponse<String> response = WebForm.read(admin, settings, "settingsForm")
                .set("magazineName", "Pwned Weekly")
                .set(STATE, attackersState)
                .press("saveSettings");

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(fingerprint.take()).isEqualTo(before);
    }

    @Test
    void theLetterFormNeedsItsSignedToken() throws Exception {
        String email = Fixtures.uniqueEmail("Tom Token");
        for (String token : new String[] {
            null, "", "forged", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        }) {
            WebForm form = WebForm.read(WebForm.client(), base().resolve("/write"), "write")
                    .set("name", "Tom Token")
                    .set("town", "Leeds")
                    .set("email", email)
                    .set("body", "A letter sent without the form's token.")
                    .check("consent");
            if (token == null) {
                form.remove("formToken");
            } else {
                form.set("formToken", token);
            }
            HttpResponse<String> response = form.press("send");
            assertThat(response.statusCode()).as("token %s", token).isEqualTo(200);
            assertThat(response.body()).contains("This form was open too long");
        }
        assertThat(letters.countFromAddressSince(email, Instant.EPOCH)).isZero();
    }

    @Test
    void signingInNeedsTheSignedTokenOfThePageItWasServed() throws Exception {
        String credentials = "signInForm=signInForm&email=" + URLEncoder.encode(Desk.adminEmail(), "UTF-8")
                + "&password=" + URLEncoder.encode(Desk.adminPassword(), "UTF-8") + "&signIn=signIn"
                + "&" + STATE + "=stateless";
        for (String token : new String[] {"", "&token=", "&token=forged", "&token=" + "A".repeat(75)}) {
            HttpClient client = WebForm.client();
            HttpResponse<String> response =
                    AccessMatrixIT.post(client, base().resolve("/sign-in"), credentials + token);

            assertThat(response.statusCode()).as(token).isBetween(400, 499);
            assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                    .as(token)
                    .isEqualTo(302);
        }
        HttpClient fromAnotherSite = WebForm.client();
        HttpResponse<String> origin = WebForm.read(fromAnotherSite, base().resolve("/sign-in"), "signInForm")
                .set("email", Desk.adminEmail())
                .set("password", Desk.adminPassword())
                .header("Origin", "null")
                .press("signIn");
        assertThat(origin.statusCode()).isEqualTo(403);
    }
}
