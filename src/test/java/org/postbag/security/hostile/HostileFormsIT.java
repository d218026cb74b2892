package org.postbag.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Reader;

/**
 * The hostile corpus sent through every form over HTTP, as bytes, the way no browser would
 * send it: every input in a field of the letter form, the sign-in form, the search, the
 * editor's note, hold, link and edit forms and the reject reason, the admin's settings,
 * watched words, rejection templates, invitations, privacy look-up, issues and articles;
 * plus fields far over their limits and invalid UTF-8. Each answer must be a page (never a
 * 5xx), either what a good request gets or the form again with a message and what was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileFormsIT {

    private static final String[] LETTER_FIELDS = {
        "name", "town", "email", "contactDetails", "subject", "citation", "body", "pieceQuery"
    };

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private final List<String> wrong = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refusedWithMessage = new AtomicInteger();
    private final AtomicInteger addresses = new AtomicInteger(1);

    private URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    /** The answer to a hostile form: a page, never a server error; if refused, the form again with a message. */
    private Document answer(String what, HttpResponse<String> response) {
        sent.incrementAndGet();
        int status = response.statusCode();
        Document page = WebForm.parse(response);
        if (status >= 500) {
            wrong.add(what + " answered " + status);
        } else if (status == 200 || status == 429 || status == 400 || status == 404) {
            if (!page.select(".error-summary li, .error-message").isEmpty()) {
                refusedWithMessage.incrementAndGet();
            }
            if (page.select("main#main h1").isEmpty()) {
                wrong.add(what + " answered " + status + " with no main heading");
            }
        } else if (status != 302 && status != 303) {
            wrong.add(what + " answered " + status);
        }
        return page;
    }

    private static String printable(String input) {
        return input.matches("[ -~]+") && !input.contains("  ") ? input.strip() : null;
    }

    @Test
    void theReadersFormsTakeEveryInputAndAnswerWithAPage() throws Exception {
        List<String> inputs = HostileCorpus.base();
        List<byte[]> broken = HostileCorpus.invalidUtf8();
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("name", 100);
        limits.put("town", 100);
        limits.put("email", 254);
        limits.put("contactDetails", 500);
        limits.put("subject", 200);
        limits.put("citation", 500);
        limits.put("body", 20_000);

        // Read every form first, then wait once: the form refuses what comes back faster than a person types.
        record Attempt(String what, WebForm form, String field, String typed) {}
        List<Attempt> attempts = new ArrayList<>();
        int n = 0;
        // Each input in one field, the fields taking turns (the stored corpus has every input in a body).
        for (String input : inputs) {
            String field = LETTER_FIELDS[n % LETTER_FIELDS.length];
            WebForm form = letterForm(n++);
            form.set(field, field.equals("body") ? input + " " + n : input);
            attempts.add(new Attempt("letter form, " + field + " = " + input, form, field, input));
        }
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            for (int length : new int[] {limit.getValue() + 1, 200_000}) {
                String typed = HostileCorpus.oversized(length);
                attempts.add(new Attempt(
                        "letter form, " + limit.getKey() + " of " + length + " characters",
                        letterForm(n++).set(limit.getKey(), typed),
                        limit.getKey(),
                        typed));
            }
        }
        attempts.add(new Attempt(
                "letter form, a 30,000-letter word",
                letterForm(n++).set("body", HostileCorpus.longWord(30_000)),
                "body",
                HostileCorpus.longWord(30_000)));
        attempts.add(new Attempt(
                "letter form, a 300-letter name",
                letterForm(n++).set("name", HostileCorpus.longWord(300)),
                "name",
                HostileCorpus.longWord(300)));
        for (String field : limits.keySet()) {
            for (byte[] bytes : broken) {
                WebForm form = letterForm(n++).setBytes(field, bytes);
                attempts.add(new Attempt("letter form, invalid UTF-8 in " + field, form, field, null));
            }
        }
        Thread.sleep(2100);
        int accepted = 0;
        for (Attempt attempt : attempts) {
            HttpResponse<String> response = attempt.form().press("send");
            Document page = answer(attempt.what(), response);
            if (response.statusCode() == 302) {
                accepted++;
                if (!response.headers().firstValue("Location").orElse("").contains("/sent?ref=")) {
                    wrong.add(attempt.what() + ": redirected elsewhere");
                }
                continue;
            }
            if (response.statusCode() != 200) {
                continue;
            }
            // Refused: the form comes back with what was typed.
            Element field = page.getElementById(attempt.field());
            String kept = field == null ? null : field.tagName().equals("textarea") ? field.wholeText() : field.val();
            String other = attempt.field().equals("town") ? "name" : "town";
            Element otherField = page.getElementById(other);
            if (otherField == null || otherField.val().isEmpty()) {
                wrong.add(attempt.what() + ": the form lost the " + other + " typed");
            }
            if (attempt.typed() == null) {
                if (kept == null || !kept.contains("Broken")) {
                    wrong.add(attempt.what() + ": the form lost what was typed: " + kept);
                }
                if (!page.text().contains("characters we could not read")) {
                    wrong.add(attempt.what() + ": no message about unreadable characters");
                }
            } else if (attempt.typed().length() > 1000) {
                if (kept == null || !kept.startsWith(attempt.typed().substring(0, 50))) {
                    wrong.add(attempt.what() + ": the form lost what was typed");
                }
                if (page.select(".error-summary li").isEmpty()) {
                    wrong.add(attempt.what() + ": refused with no message");
                }
            } else if (printable(attempt.typed()) != null
                    && !attempt.field().equals("pieceQuery")
                    && (kept == null || !kept.contains(printable(attempt.typed())))) {
                wrong.add(attempt.what() + ": the form lost what was typed: " + kept);
            }
        }
        assertThat(accepted).as("letters accepted").isGreaterThan(inputs.size() / 2);

        // Signing in: every input as address and as password, from addresses of their own.
        for (String input : inputs) {
            signIn("sign-in, " + input, input.getBytes(StandardCharsets.UTF_8), input.getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] bytes : broken) {
            signIn("sign-in, invalid UTF-8", bytes, bytes);
        }
        byte[] huge = HostileCorpus.oversized(200_000).getBytes(StandardCharsets.UTF_8);
        signIn("sign-in, 200,000 characters", huge, huge);

        // Searching, with valid and invalid UTF-8 in the address.
        HttpClient reader = WebForm.client();
        for (String input : inputs) {
            answer(
                    "search " + input,
                    Desk.get(reader, base().resolve("/search?q=" + URLEncoder.encode(input, StandardCharsets.UTF_8))));
            HttpResponse<String> picked = Desk.get(
                    reader, base().resolve("/api/pieces?q=" + URLEncoder.encode(input, StandardCharsets.UTF_8)));
            sent.incrementAndGet();
            if (picked.statusCode() != 200 || !picked.body().startsWith("[")) {
                wrong.add("piece picker " + input + " answered " + picked.statusCode());
            }
        }
        for (String raw : List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF%3Cscript%3E", "%00", "%E2%82")) {
            answer("search " + raw, Desk.get(reader, base().resolve("/search?q=" + raw)));
        }
        answer("search 10,000 characters", Desk.get(reader, base().resolve("/search?q=" + "a%20".repeat(2_500))));

        System.out.printf(
                "Hostile forms (reader): %d requests, %d letters accepted, %d refused with a message, %d problems%n",
                sent.get(), accepted, refusedWithMessage.get(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    private WebForm letterForm(int n) throws Exception {
        return WebForm.read(WebForm.client(), base().resolve("/write"), "write")
                .set("name", "Hostile Writer")
                .set("town", "Leeds")
                .set("email", Fixtures.uniqueEmail("hostile form"))
                .set("body", "A letter that carries a payload, number " + n + ".")
                .check("consent");
    }

    private void signIn(String what, byte[] email, byte[] password) throws Exception {
        WebForm form = WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                .header(
                        "X-Forwarded-For",
                        "198.18." + (addresses.get() / 250) + "." + (addresses.getAndIncrement() % 250 + 1))
                .setBytes("email", email)
                .setBytes("password", password);
        HttpResponse<String> response = form.press("signIn");
        answer(what, response);
        if (response.statusCode() == 302) {
            wrong.add(what + " signed in");
        }
    }

    @Test
    void theDesksAndTheConsolesFormsTakeEveryInputAndAnswerWithAPage() throws Exception {
        List<String> inputs = HostileCorpus.base();
        List<byte[]> broken = HostileCorpus.invalidUtf8();
        HttpClient admin = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        String reference = Reader.sendAndConfirm(
                base(), "Dora Desk", "A letter for the desk's hostile forms. " + System.nanoTime());
        URI letter = base().resolve("/editor/letters/" + reference);
        URI edit = base().resolve("/editor/edit/" + reference);

        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            String shown = printable(input);
            switch (i % 4) {
                case 0 ->
                    answer(
                            "note " + input,
                            WebForm.read(admin, letter, "noteForm")
                                    .set("note", input)
                                    .press("addNote"));
                case 1 ->
                    answer(
                            "hold " + input,
                            WebForm.read(admin, letter, "holdForm")
                                    .set("holdNote", input)
                                    .press("holdLetter"));
                case 2 -> {
                    Document page = answer(
                            "link " + input,
                            WebForm.read(admin, letter, "addLinkForm")
                                    .set("linkReference", input)
                                    .press("addLink"));
                    if (shown != null && !page.select(".error-summary").text().contains(shown)) {
                        wrong.add("link " + input + ": the refusal does not show what was typed");
                    }
                }
                default ->
                    answer(
                            "edit " + input,
                            WebForm.read(admin, edit, "editForm")
                                    .set("headline", input)
                                    .set("signOff", input)
                                    .set("body", "The edited text. " + input)
                                    .set("reason", input)
                                    .press("save"));
            }
            answer(
                    "reject reason " + input,
                    WebForm.read(admin, letter, "rejectForm")
                            .set("rejectTemplate", input)
                            .set("tellWriter", input)
                            .press("rejectLetter"));
        }
        for (byte[] bytes : broken) {
            answer(
                    "note, invalid UTF-8",
                    WebForm.read(admin, letter, "noteForm")
                            .setBytes("note", bytes)
                            .press("addNote"));
            Document page = answer(
                    "edit, invalid UTF-8",
                    WebForm.read(admin, edit, "editForm")
                            .setBytes("body", bytes)
                            .press("save"));
            if (!page.text().contains("characters we could not read")) {
                wrong.add("edit, invalid UTF-8: no message about unreadable characters");
            }
        }
        String huge = HostileCorpus.oversized(200_000);
        answer(
                "note, 200,000 characters",
                WebForm.read(admin, letter, "noteForm").set("note", huge).press("addNote"));
        Document hugeEdit = answer(
                "edit, 200,000 characters",
                WebForm.read(admin, edit, "editForm").set("body", huge).press("save"));
        if (!hugeEdit.select("#body").text().startsWith(huge.substring(0, 50))) {
            wrong.add("edit, 200,000 characters: the form lost what was typed");
        }
        answer(
                "hold, 200,000 characters",
                WebForm.read(admin, letter, "holdForm").set("holdNote", huge).press("holdLetter"));
        answer(
                "edit, 30,000-letter headline",
                WebForm.read(admin, edit, "editForm")
                        .set("headline", HostileCorpus.longWord(30_000))
                        .press("save"));

        // The console. Watched words and templates are removed again, and the magazine's name
        // put back, so that the rest of the run is not screened or titled by them.
        URI settings = base().resolve("/admin/settings");
        String name = WebForm.read(admin, settings, "settingsForm").value("magazineName");
        try {
            for (int i = 0; i < inputs.size(); i += 4) {
                String input = inputs.get(i);
                answer(
                        "magazine name " + input,
                        WebForm.read(admin, settings, "settingsForm")
                                .set("magazineName", input)
                                .set("wordLimit", i % 8 == 0 ? input : "350")
                                .press("saveSettings"));
            }
        } finally {
            WebForm.read(admin, settings, "settingsForm")
                    .set("magazineName", name)
                    .set("wordLimit", "350")
                    .press("saveSettings");
        }
        assertThat(WebForm.read(admin, settings, "settingsForm").value("magazineName"))
                .isEqualTo(name);
        for (int i = 1; i < inputs.size(); i += 6) {
            String input = inputs.get(i);
            answer(
                    "watched word " + input,
                    WebForm.read(admin, settings, "watchForm")
                            .set("word", "zqx" + input)
                            .press("watch"));
            removeAll(admin, settings, "Stop watching zqx");
            String template = HostileFixtures.fit("T " + input, 100);
            answer(
                    "template " + input,
                    WebForm.read(admin, settings, "templateForm")
                            .set("templateName", template)
                            .set("templateBody", input)
                            .press("saveTemplate"));
            removeAll(admin, settings, "Remove the template T ");
        }
        URI users = base().resolve("/admin/users");
        URI privacy = base().resolve("/admin/privacy");
        URI issues = base().resolve("/editor/issues");
        URI articles = base().resolve("/editor/articles");
        for (int i = 2; i < inputs.size(); i += 5) {
            String input = inputs.get(i);
            answer(
                    "invitation " + input,
                    WebForm.read(admin, users, "inviteForm")
                            .set("name", input)
                            .set("email", i % 2 == 0 ? Fixtures.uniqueEmail("invited") : input)
                            .press("invite"));
            answer(
                    "privacy " + input,
                    WebForm.read(admin, privacy, "lookUpForm")
                            .set("email", input)
                            .press("lookUp"));
            answer(
                    "issue " + input,
                    WebForm.read(admin, issues, "issueForm")
                            .set("issueNumber", i % 3 == 0 ? input : String.valueOf(Fixtures.uniqueIssueNumber()))
                            .set("issueTitle", input)
                            .set("coverDate", "2026-07-01")
                            .press("addIssue"));
            answer(
                    "article " + input,
                    WebForm.read(admin, articles, "articleForm")
                            .set("title", input)
                            .set("author", input)
                            .set("url", input)
                            .set("published", i % 3 == 0 ? input : "2026-05-01")
                            .set("text", input)
                            .press("registerArticle"));
        }
        for (byte[] bytes : broken) {
            answer(
                    "template, invalid UTF-8",
                    WebForm.read(admin, settings, "templateForm")
                            .setBytes("templateName", bytes)
                            .setBytes("templateBody", bytes)
                            .press("saveTemplate"));
            answer(
                    "invitation, invalid UTF-8",
                    WebForm.read(admin, users, "inviteForm")
                            .setBytes("name", bytes)
                            .set("email", Fixtures.uniqueEmail("broken"))
                            .press("invite"));
        }
        for (String page :
                List.of("/admin/users", "/admin/settings", "/admin/audit", "/editor/issues", "/editor/articles")) {
            answer("after the forms, " + page, Desk.get(admin, base().resolve(page)));
        }
        System.out.printf(
                "Hostile forms (desk and console): %d requests, %d refused with a message, %d problems%n",
                sent.get(), refusedWithMessage.get(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** Presses every button whose label starts so, on a fresh copy of the page each time. */
    private void removeAll(HttpClient admin, URI settings, String label) throws Exception {
        for (int guard = 0; guard < 5; guard++) {
            HttpResponse<String> fresh = Desk.get(admin, settings);
            Element button = WebForm.parse(fresh).selectFirst("input[aria-label^=\"" + label + "\"]");
            if (button == null) {
                return;
            }
            answer(
                    "remove " + button.attr("aria-label"),
                    WebForm.of(
                                    admin,
                                    settings,
                                    fresh.body(),
                                    button.closest("form").id())
                            .press(button.attr("name")));
        }
        wrong.add("could not remove everything labelled " + label);
    }
}
