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
import java.util.regex.Pattern;
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
import org.postbag.testing.fixtures.FormTokens;
import org.postbag.testing.fixtures.Reader;

/**
 * The hostile corpus sent through every form over HTTP, as bytes, the way no browser would
 * send it. Every input goes into a field of the letter form (six inputs to a letter, the
 * fields taking turns), into the search or the piece picker (packed into queries as long as
 * they read, the two taking turns), and into one of the editor's note, hold, link and edit
 * forms (ten to a request, the forms taking turns); the sign-in form, the reject reason and
 * the admin's settings, watched words, rejection templates, invitations, privacy look-up,
 * issues and articles take shares of it, spread over the whole corpus. Payloads cut in two go into two fields of one
 * letter. Plus fields far over their limits and invalid UTF-8. Each answer must be a page
 * (never a 5xx), either what a good request gets or the form again with a message and what
 * was typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileFormsIT {

    private static final String[] LETTER_FIELDS = {
        "name", "town", "email", "contactDetails", "subject", "citation", "body", "pieceQuery"
    };
    /** Inputs to a letter: fewer than the fields, so that each lands in a field of its own. */
    private static final int LETTER_BATCH = 6;
    /** The longest query the search and the piece picker read; they ignore longer ones. */
    private static final int SEARCHED = 200;

    private static final Pattern NUMBERISH = Pattern.compile("[-+]?(\\d[\\d_.,eExXa-fA-F+]*|NaN|Infinity)");
    /** Inputs to a request of the desk's letter forms. */
    private static final int DESK_BATCH = 10;
    /** Inputs shared out among the invitation, privacy, issue and article forms at a time. */
    private static final int CONSOLE_WINDOW = 45;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(HostileFormsIT.class);
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

    private static String kept(Element field) {
        return field.tagName().equals("textarea") ? field.wholeText() : field.val();
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

        record Attempt(String what, WebForm form, Map<String, String> typed, boolean corpus) {}
        List<Attempt> attempts = new ArrayList<>();
        int n = 0;
        // Every input in a field of the letter form, the fields taking turns by the input's place
        // in the corpus, six inputs (so six different fields) to a letter.
        List<List<String>> groups = HostileCorpus.groups(inputs, LETTER_BATCH);
        for (int g = 0; g < groups.size(); g++) {
            WebForm form = letterForm(n++);
            Map<String, String> typed = new LinkedHashMap<>();
            for (int k = 0; k < groups.get(g).size(); k++) {
                String field = LETTER_FIELDS[(g * LETTER_BATCH + k) % LETTER_FIELDS.length];
                String input = groups.get(g).get(k);
                form.set(field, field.equals("body") ? input + " " + n : input);
                typed.put(field, input);
            }
            attempts.add(new Attempt("letter form, " + typed, form, typed, true));
        }
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            for (int length : new int[] {limit.getValue() + 1, 200_000}) {
                String typed = HostileCorpus.oversized(length);
                attempts.add(new Attempt(
                        "letter form, " + limit.getKey() + " of " + length + " characters",
                        letterForm(n++).set(limit.getKey(), typed),
                        Map.of(limit.getKey(), typed),
                        false));
            }
        }
        attempts.add(new Attempt(
                "letter form, a 30,000-letter word",
                letterForm(n++).set("body", HostileCorpus.longWord(30_000)),
                Map.of("body", HostileCorpus.longWord(30_000)),
                false));
        attempts.add(new Attempt(
                "letter form, a 300-letter name",
                letterForm(n++).set("name", HostileCorpus.longWord(300)),
                Map.of("name", HostileCorpus.longWord(300)),
                false));
        for (String field : limits.keySet()) {
            for (byte[] bytes : broken) {
                WebForm form = letterForm(n++).setBytes(field, bytes);
                Map<String, String> typed = new LinkedHashMap<>();
                typed.put(field, null);
                attempts.add(new Attempt("letter form, invalid UTF-8 in " + field, form, typed, false));
            }
        }
        int accepted = 0;
        int acceptable = 0;
        int acceptedPlain = 0;
        for (Attempt attempt : attempts) {
            HttpResponse<String> response = attempt.form().press("send");
            Document page = answer(attempt.what(), response);
            boolean plainAddress = attempt.corpus() && !attempt.typed().containsKey("email");
            if (plainAddress) {
                acceptable++;
            }
            if (response.statusCode() == 302) {
                accepted++;
                if (plainAddress) {
                    acceptedPlain++;
                }
                if (!response.headers().firstValue("Location").orElse("").contains("/sent?ref=")) {
                    wrong.add(attempt.what() + ": redirected elsewhere");
                }
                continue;
            }
            if (response.statusCode() != 200) {
                continue;
            }
            // Refused: the form comes back with everything that was typed.
            for (String name : new String[] {"name", "town", "email", "body"}) {
                Element field = page.getElementById(name);
                if (!attempt.typed().containsKey(name)
                        && (field == null || kept(field).isEmpty())) {
                    wrong.add(attempt.what() + ": the form lost the " + name + " typed");
                }
            }
            for (Map.Entry<String, String> typed : attempt.typed().entrySet()) {
                Element field = page.getElementById(typed.getKey());
                String kept = field == null ? null : kept(field);
                String what = attempt.what() + ", " + typed.getKey();
                if (typed.getValue() == null) {
                    if (kept == null || !kept.contains("Broken")) {
                        wrong.add(what + ": the form lost what was typed: " + kept);
                    }
                    if (!page.text().contains("characters we could not read")) {
                        wrong.add(what + ": no message about unreadable characters");
                    }
                } else if (typed.getValue().length() > 1000) {
                    if (kept == null || !kept.startsWith(typed.getValue().substring(0, 50))) {
                        wrong.add(what + ": the form lost what was typed");
                    }
                    if (page.select(".error-summary li").isEmpty()) {
                        wrong.add(what + ": refused with no message");
                    }
                } else if (printable(typed.getValue()) != null
                        && !typed.getKey().equals("pieceQuery")
                        && (kept == null || !kept.contains(printable(typed.getValue())))) {
                    wrong.add(what + ": the form lost what was typed: " + kept);
                }
            }
        }
        // Most letters of the corpus without a hostile address get through: the form is not
        // refusing everything (those with one come back, with all six hostile values in the form).
        assertThat(acceptedPlain).as("letters accepted of " + acceptable).isGreaterThan(acceptable / 2);

        // Signing in costs a PBKDF2 round each, so it takes a share: two inputs of each group,
        // as address and as password, the pair moving along the group from one group to the next.
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            String email = group.get((2 * g) % group.size());
            String password = group.get((2 * g + 1) % group.size());
            signIn(
                    "sign-in, " + email + " / " + password,
                    email.getBytes(StandardCharsets.UTF_8),
                    password.getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] bytes : broken) {
            signIn("sign-in, invalid UTF-8", bytes, bytes);
        }
        byte[] huge = HostileCorpus.oversized(200_000).getBytes(StandardCharsets.UTF_8);
        signIn("sign-in, 200,000 characters", huge, huge);

        // Searching, with valid and invalid UTF-8 in the address: every input, packed into queries
        // as long as the search reads, the queries taking turns between the search and the piece
        // picker (the browser test sends every query to the search again, with the corpus published).
        HttpClient reader = WebForm.client();
        List<String> queries = HostileCorpus.packed(inputs, SEARCHED);
        for (int q = 0; q < queries.size(); q++) {
            String query = URLEncoder.encode(queries.get(q), StandardCharsets.UTF_8);
            if (q % 2 == 0) {
                answer("search " + queries.get(q), Desk.get(reader, base().resolve("/search?q=" + query)));
            } else {
                HttpResponse<String> picked = Desk.get(reader, base().resolve("/api/pieces?q=" + query));
                sent.incrementAndGet();
                if (picked.statusCode() != 200 || !picked.body().startsWith("[")) {
                    wrong.add("piece picker " + queries.get(q) + " answered " + picked.statusCode());
                }
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

    /**
     * A payload cut in two, its halves in two fields of one letter (name and town, subject and
     * text, town and subject, citation and text), so that neither field alone holds markup but
     * a page that put them side by side unescaped would. Each is sent once to be accepted and
     * once with an address that gets the form back; neither the form nor the desk's page of
     * the letter may show markup of the reader's, and the desk shows both halves as text.
     */
    @Test
    void payloadsSplitAcrossTwoFieldsAreShownAsText() throws Exception {
        String[][] pairs = {{"name", "town"}, {"subject", "body"}, {"town", "subject"}, {"citation", "body"}};
        String baseUrl = base().toString().replaceAll("/$", "");
        record Attempt(HostileCorpus.Split split, String[] fields, WebForm form, boolean refused) {}
        List<Attempt> attempts = new ArrayList<>();
        List<HostileCorpus.Split> splits = HostileCorpus.splits();
        for (int i = 0; i < splits.size(); i++) {
            HostileCorpus.Split split = splits.get(i);
            String[] fields = pairs[i % pairs.length];
            for (boolean refused : new boolean[] {false, true}) {
                WebForm form = letterForm(i)
                        .set(fields[0], split.first())
                        .set(
                                fields[1],
                                fields[1].equals("body")
                                        ? split.second() + "\n\nThat was half of it, number " + i + "."
                                        : split.second());
                if (refused) {
                    form.set("email", "not an address " + i);
                }
                attempts.add(new Attempt(split, fields, form, refused));
            }
        }
        HttpClient admin = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        int shownOnTheDesk = 0;
        for (Attempt attempt : attempts) {
            String what = "split " + attempt.split() + " in " + String.join(" and ", attempt.fields())
                    + (attempt.refused() ? ", refused" : "");
            HttpResponse<String> response = attempt.form().press("send");
            Document page = answer(what, response);
            if (attempt.refused() && response.statusCode() != 200) {
                wrong.add(what + " answered " + response.statusCode());
                continue;
            }
            if (response.statusCode() == 302) {
                String location = response.headers().firstValue("Location").orElse("");
                // /sent?ref=L-...&sig=...: the reference alone.
                String reference = location.replaceAll(".*[?&]ref=([^&]+).*", "$1");
                page = answer(
                        what + ", the desk's page", Desk.get(admin, base().resolve("/editor/letters/" + reference)));
                String text = page.select("main").text();
                for (String half :
                        List.of(attempt.split().first(), attempt.split().second())) {
                    if (printable(half) != null && !text.contains(printable(half))) {
                        wrong.add(what + ": the desk does not show " + half + " as text");
                    }
                }
                shownOnTheDesk++;
            }
            List<String> injected = InjectedMarkup.in(page, baseUrl);
            if (!injected.isEmpty()) {
                wrong.add(what + ": markup from the input: " + injected);
            }
        }
        for (String tab : List.of("new", "all")) {
            Document queue = answer("queue " + tab, Desk.get(admin, base().resolve("/editor/queue?tab=" + tab)));
            List<String> injected = InjectedMarkup.in(queue, baseUrl);
            if (!injected.isEmpty()) {
                wrong.add("queue " + tab + ": markup from the input: " + injected);
            }
        }
        System.out.printf(
                "Hostile forms (split payloads): %d payloads in %d letters, %d requests, %d problems%n",
                splits.size(), attempts.size(), sent.get(), wrong.size());
        assertThat(shownOnTheDesk).isGreaterThan(splits.size() * 3 / 4);
        assertThat(wrong).isEmpty();
    }

    /**
     * A letter form as a reader fills it in, token included: the form refuses what comes back
     * faster than a person types, so the page's token is sent as if served a minute ago.
     */
    private WebForm letterForm(int n) throws Exception {
        WebForm form = WebForm.read(WebForm.client(), base().resolve("/write"), "write");
        return form.set("formToken", FormTokens.backdated(form.value("formToken")))
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

        // Every input reaches one of the note, hold, link and edit forms, a group of them at a
        // time (the group's turn decides which), and two of each group the reject form.
        List<List<String>> groups = HostileCorpus.groups(inputs, DESK_BATCH);
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            String together = String.join(" ", group);
            String shown = printable(together);
            switch (g % 4) {
                case 0 ->
                    answer(
                            "note " + together,
                            WebForm.read(admin, letter, "noteForm")
                                    .set("note", String.join("\n\n", group))
                                    .press("addNote"));
                case 1 ->
                    answer(
                            "hold " + together,
                            WebForm.read(admin, letter, "holdForm")
                                    .set("holdNote", together)
                                    .press("holdLetter"));
                case 2 -> {
                    Document page = answer(
                            "link " + together,
                            WebForm.read(admin, letter, "addLinkForm")
                                    .set("linkReference", together)
                                    .press("addLink"));
                    if (shown != null && !page.select(".error-summary").text().contains(shown)) {
                        wrong.add("link " + together + ": the refusal does not show what was typed");
                    }
                }
                default ->
                    answer(
                            "edit " + together,
                            WebForm.read(admin, edit, "editForm")
                                    .set("headline", group.get(0))
                                    .set("signOff", group.get(1 % group.size()))
                                    .set("reason", group.get(2 % group.size()))
                                    .set("body", "The edited text. " + String.join("\n\n", group))
                                    .press("save"));
            }
            answer(
                    "reject reason " + together,
                    WebForm.read(admin, letter, "rejectForm")
                            .set("rejectTemplate", group.get(g % group.size()))
                            .set("tellWriter", group.get((g + 1) % group.size()))
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
        // The number fields take the inputs that look like numbers, which are what a number's converter meets.
        List<String> numbers =
                inputs.stream().filter(NUMBERISH.asMatchPredicate()).toList();
        assertThat(numbers).hasSizeGreaterThan(10);
        String name = WebForm.read(admin, settings, "settingsForm").value("magazineName");
        try {
            // The console's forms take shares of the corpus, spread over all of it.
            for (int i = 0; i < inputs.size(); i += 48) {
                String input = inputs.get(i);
                answer(
                        "magazine name " + input,
                        WebForm.read(admin, settings, "settingsForm")
                                .set("magazineName", input)
                                .set("wordLimit", i % 96 == 0 ? numbers.get(i / 96 % numbers.size()) : "350")
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
        for (int i = 2; i + 7 < inputs.size(); i += 72) {
            String input = inputs.get(i);
            answer(
                    "watched word " + input,
                    WebForm.read(admin, settings, "watchForm")
                            .set("word", "zqx" + input)
                            .press("watch"));
            removeAll(admin, settings, "Stop watching zqx");
            String template = HostileFixtures.fit("T " + inputs.get(i + 1), 100);
            answer(
                    "template " + template,
                    WebForm.read(admin, settings, "templateForm")
                            .set("templateName", template)
                            .set("templateBody", String.join("\n\n", inputs.subList(i + 1, i + 7)))
                            .press("saveTemplate"));
            removeAll(admin, settings, "Remove the template T ");
        }
        URI users = base().resolve("/admin/users");
        URI privacy = base().resolve("/admin/privacy");
        URI issues = base().resolve("/editor/issues");
        URI articles = base().resolve("/editor/articles");
        // A window of inputs at a time, each of them in one of these forms.
        for (int i = 0; i + CONSOLE_WINDOW <= inputs.size(); i += CONSOLE_WINDOW) {
            List<String> window = inputs.subList(i, i + CONSOLE_WINDOW);
            answer(
                    "invitation " + window.get(0),
                    WebForm.read(admin, users, "inviteForm")
                            .set("name", window.get(0))
                            .set("email", i % 90 == 0 ? Fixtures.uniqueEmail("invited") : window.get(1))
                            .press("invite"));
            answer(
                    "privacy " + window.get(2),
                    WebForm.read(admin, privacy, "lookUpForm")
                            .set("email", window.get(2))
                            .press("lookUp"));
            answer(
                    "issue " + window.get(3),
                    WebForm.read(admin, issues, "issueForm")
                            .set(
                                    "issueNumber",
                                    i % 135 == 0
                                            ? numbers.get(i / 135 % numbers.size())
                                            : String.valueOf(Fixtures.uniqueIssueNumber()))
                            .set("issueTitle", window.get(3))
                            .set("coverDate", "2026-07-01")
                            .press("addIssue"));
            answer(
                    "article " + window.get(5),
                    WebForm.read(admin, articles, "articleForm")
                            .set("title", window.get(5))
                            .set("author", window.get(6))
                            .set("url", window.get(7))
                            .set("published", i % 135 == 0 ? window.get(8) : "2026-05-01")
                            .set("text", String.join("\n\n", window.subList(9, CONSOLE_WINDOW)))
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
