package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Path;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.accounts.SectionAdministration;
import org.postbag.house.Section;
import org.postbag.intake.LetterDocuments;
import org.postbag.intake.PostalLetters;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.moderation.Moderation;
import org.postbag.publishing.Piece;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Who gets what, for every address and every action of the application, as an anonymous
 * visitor, an editor and an admin. The addresses come from the deployed application itself:
 * every Facelets view, every servlet of ours, every REST resource. A view or servlet that needs
 * a path to show something gets a sample below; one that is new and needs a sample makes the
 * test fail until it has one, so nothing can be left out. The actions are every button of
 * every form on the desk and admin pages, as an admin was served them, sent back by the
 * others: refused, and the database unchanged. A bare POST to a desk or console page is refused
 * as its GET is, and the parts pages are made of (templates, descriptors) are served to nobody.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final Logger LOG = Logger.getLogger(AccessMatrixIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AccessMatrixIT.class);
    }

    @Inject
    PostalLetters postalLetters;

    @Inject
    LetterDocuments documents;

    @ArquillianResource
    URL url;

    @Inject
    ServletContext servletContext;

    @Inject
    BeanManager beanManager;

    @Inject
    Fixtures fixtures;

    @Inject
    DatabaseFingerprint fingerprint;

    @Inject
    SectionAdministration sectionAdministration;

    @Inject
    Accounts accounts;

    @Inject
    Letters letters;

    @Inject
    Moderation moderation;

    enum Who {
        ANONYMOUS,
        EDITOR,
        ADMIN
    }

    enum Needs {
        NOBODY,
        EDITOR,
        ADMIN
    }

    enum Answer {
        SIGN_IN,
        FORBIDDEN,
        SHOWN
    }

    @Test
    void everyAddressAndEveryActionGivesEachRoleExactlyWhatItMay() throws Exception {
        URI base = url.toURI().resolve("/");
        Samples samples = samples();
        List<String> addresses = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String view : views("/")) {
            addresses.add(view);
            addresses.addAll(samples.forPath(view));
        }
        for (String mapping : servletMappings()) {
            List<String> concrete = samples.forPath(mapping);
            if (mapping.contains("*") && concrete.isEmpty()) {
                missing.add(mapping);
            }
            if (!mapping.contains("*")) {
                addresses.add(mapping);
            }
            addresses.addAll(concrete);
        }
        for (String resource : restResources()) {
            List<String> concrete = samples.forPath(resource);
            addresses.add(resource);
            addresses.addAll(concrete);
        }
        assertThat(missing)
                .as("servlet mappings with no sample address in AccessMatrixIT.samples()")
                .isEmpty();
        assertThat(addresses)
                .contains(
                        "/",
                        "/write",
                        "/editor/queue",
                        "/admin/users",
                        "/admin/import",
                        "/feeds/letters.atom",
                        "/health/ready")
                .anyMatch(address -> address.startsWith("/api/"));

        Account editor = fixtures.account("Matrix Editor", Role.EDITOR);
        Map<Who, HttpClient> clients = new EnumMap<>(Who.class);
        clients.put(Who.ANONYMOUS, WebForm.client());
        clients.put(Who.EDITOR, Desk.signedIn(base, editor.email(), Fixtures.PASSWORD));
        clients.put(Who.ADMIN, Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword()));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String address : addresses) {
            Needs needs = needs(address);
            for (Who who : Who.values()) {
                HttpResponse<String> response = Desk.get(clients.get(who), base.resolve(address));
                check(wrong, "GET " + address + " as " + who, response, expected(needs, who));
                cells++;
            }
        }

        // A bare POST to every view of the desk and the console, pages without a form among them,
        // gets nobody in who may not GET it.
        for (String address : addresses) {
            Needs needs = needs(address);
            if (needs == Needs.NOBODY || !isView(address)) {
                continue;
            }
            for (Who who : List.of(Who.ANONYMOUS, Who.EDITOR)) {
                Answer expected = expected(needs, who);
                if (expected != Answer.SHOWN) {
                    HttpResponse<String> response =
                            post(clients.get(who), base.resolve(address), "jakarta.faces.ViewState=stateless");
                    check(wrong, "POST " + address + " as " + who, response, expected);
                    cells++;
                }
            }
        }

        // The parts pages are made of, and the application's own configuration, are served to nobody.
        List<String> parts = parts("/WEB-INF/");
        assertThat(parts).contains("/WEB-INF/templates/layout.xhtml", "/WEB-INF/web.xml");
        for (String part : parts) {
            for (Who who : Who.values()) {
                HttpResponse<String> response = Desk.get(clients.get(who), base.resolve(part));
                if (!List.of(403, 404).contains(response.statusCode())
                        || response.body().contains("<ui:composition")
                        || response.body().contains("<web-app")) {
                    wrong.add(
                            "GET " + part + " as " + who + " gave " + response.statusCode() + ", expected 403 or 404");
                }
                cells++;
            }
        }

        // Every action on the desk and in the console, as the admin was served it.
        List<PageForms.Action> actions = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (String address : addresses) {
            if (needs(address) == Needs.NOBODY) {
                continue;
            }
            HttpResponse<String> page = Desk.get(clients.get(Who.ADMIN), base.resolve(address));
            if (page.statusCode() == 200
                    && page.headers().firstValue("Content-Type").orElse("").contains("html")) {
                for (PageForms.Action action :
                        PageForms.of(base.resolve(address), page.body()).actions()) {
                    // One row of a table of buttons stands for all its rows (the queue, the people page).
                    if (kinds.add(address + " " + action.formId() + " "
                            + action.button().replaceAll(":\\d+:", ":n:"))) {
                        actions.add(action);
                    }
                }
            }
        }
        assertThat(actions)
                .extracting(PageForms.Action::button)
                .contains(
                        "approve", "rejectLetter", "holdLetter", "addNote", "save", "saveSettings", "invite", "lookUp");
        for (PageForms.Action action : actions) {
            Needs needs = needs(action.page().getPath());
            for (Who who : List.of(Who.ANONYMOUS, Who.EDITOR)) {
                Map<String, String> before = fingerprint.take();
                HttpResponse<String> response = action.formFor(clients.get(who)).press(action.button());
                Map<String, String> after = fingerprint.take();
                String what = "POST " + action + " as " + who;
                Answer expected = expected(needs, who);
                if (expected == Answer.SHOWN) {
                    // An editor sending the admin's form from their own session: the view
                    // state is not theirs, so the action must not run (see CsrfIT).
                    if (response.statusCode() < 400 || response.statusCode() >= 500) {
                        wrong.add(what + " gave " + response.statusCode() + ", expected a refusal (4xx)");
                    }
                } else {
                    check(wrong, what, response, expected);
                }
                if (!before.equals(after)) {
                    wrong.add(what + " changed " + changed(before, after));
                }
                cells++;
            }
        }
        int checked = cells;
        LOG.info(() -> "Access matrix: " + addresses.size() + " addresses x 3 roles, " + actions.size()
                + " actions x 2 roles, " + checked + " cells checked");
        assertThat(wrong).isEmpty();
        assertThat(cells).isGreaterThan(100);
    }

    /**
     * An editor limited to one section, against the letters of another section and of none:
     * every page of such a letter is a 404 (the usual not-found page, never a 500), and every
     * action of those pages and of the queue's rows, as the editor was served them while they
     * still saw every section, is refused and changes nothing. Their own section's letter stays
     * open to them.
     */
    @Test
    void aSectionEditorCanNeitherOpenNorActOnAnotherSectionsLetters() throws Exception {
        URI base = url.toURI().resolve("/");
        Account admin = accounts.byEmail(Desk.adminEmail()).orElseThrow();
        String word = "mx" + Long.toString(System.nanoTime(), 36);
        Section own = sectionAdministration.define("Own " + word, null, admin.id());
        Section other = sectionAdministration.define("Other " + word, null, admin.id());
        Letter mine = inSection(fixtures.newLetter("Mo Mine", "Mine, about " + word + "."), own, admin);
        Letter theirs = inSection(fixtures.newLetter("Theo Theirs", "Theirs, about " + word + "."), other, admin);
        Letter nobodys = fixtures.newLetter("Nob Nobody", "In no section, about " + word + ".");
        Letter approved =
                inSection(fixtures.approvedLetter("Apo Approved", "Approved, about " + word + "."), other, admin);
        Letter byPost = inSection(
                postalLetters.enter(
                        new PostalLetters.PostalLetter(
                                "Pia Post",
                                "York",
                                null,
                                "2 Stonegate, York",
                                null,
                                "Posted, " + word + ".",
                                false,
                                "Phoned"),
                        new PostalLetters.Scan("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                        admin),
                other,
                admin);
        List<Letter> refused = List.of(theirs, nobodys, approved, byPost);

        Account editor = fixtures.account("Section Editor", Role.EDITOR);
        HttpClient client = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        // Served while the editor still sees every section: the forms they will send back.
        List<String> pages = new ArrayList<>();
        for (Letter letter : refused) {
            pages.add("/editor/letters/" + letter.reference());
            pages.add("/editor/edit/" + letter.reference());
            pages.add("/editor/diff/" + letter.reference());
        }
        pages.add("/editor/documents/" + documents.of(byPost.reference()).get(0).id());
        List<PageForms.Action> actions = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> served = Desk.get(client, base.resolve(page));
            assertThat(served.statusCode())
                    .as("GET " + page + " before the limit")
                    .isEqualTo(200);
            if (served.headers().firstValue("Content-Type").orElse("").contains("html")) {
                // Not the layout's own sign-out: it would end the session the test goes on with.
                PageForms.of(base.resolve(page), served.body()).actions().stream()
                        .filter(action -> !action.button().equals("signOut"))
                        .forEach(actions::add);
            }
        }
        URI queuePage = base.resolve("/editor/queue?tab=all&q=" + word);
        HttpResponse<String> queue = Desk.get(client, queuePage);
        org.jsoup.nodes.Document queueHtml = org.jsoup.Jsoup.parse(queue.body());
        List<String> otherRows = refused.stream().map(Letter::reference).toList();
        for (PageForms.Action action : PageForms.of(queuePage, queue.body()).actions()) {
            org.jsoup.nodes.Element button = queueHtml
                    .getElementsByAttributeValue("name", action.button())
                    .first();
            org.jsoup.nodes.Element row = button == null ? null : button.closest("tr.queue-row");
            if (row != null && otherRows.contains(row.attr("data-reference"))) {
                actions.add(action);
            }
        }
        assertThat(actions)
                .extracting(PageForms.Action::button)
                .contains(
                        "claim",
                        "approve",
                        "rejectLetter",
                        "holdLetter",
                        "addNote",
                        "save",
                        "addLink",
                        "moveToSection",
                        "publishOnline");
        assertThat(actions.stream().filter(a -> a.page().getPath().equals("/editor/queue")))
                .as("the queue's row buttons for the other letters")
                .isNotEmpty();

        sectionAdministration.limit(
                editor.id(), accounts.byId(editor.id()).orElseThrow().version(), Set.of(own.id()), admin.id());

        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> response = Desk.get(client, base.resolve(page));
            if (response.statusCode() != 404 || response.body().contains(word)) {
                wrong.add("GET " + page + " gave " + response.statusCode() + ", expected 404 showing nothing of it");
            }
        }
        for (PageForms.Action action : actions) {
            Map<String, String> before = fingerprint.take();
            WebForm form = action.formFor(client);
            HttpResponse<String> response = form.press(action.button());
            String what = "POST " + action;
            if (response.statusCode() >= 500) {
                wrong.add(what + " gave " + response.statusCode());
            }
            Map<String, String> after = fingerprint.take();
            if (!before.equals(after)) {
                wrong.add(what + " changed " + changed(before, after));
            }
        }
        // The queue's bulk actions, with the other letters ticked.
        WebForm bulk = WebForm.of(client, queuePage, queue.body(), "queueForm");
        for (org.jsoup.nodes.Element row : queueHtml.select("tr.queue-row")) {
            if (otherRows.contains(row.attr("data-reference"))) {
                bulk.check(row.selectFirst("input[type=checkbox]").attr("name"));
            }
        }
        Map<String, String> before = fingerprint.take();
        HttpResponse<String> bulkSpam = bulk.press("bulkSpam");
        if (bulkSpam.statusCode() >= 500 || !before.equals(fingerprint.take())) {
            wrong.add("POST /editor/queue [bulkSpam] on the other letters gave " + bulkSpam.statusCode()
                    + " or changed something");
        }
        assertThat(wrong).isEmpty();

        // The queue's rows (its messages still name the letters the bulk action was refused).
        List<String> rows = org.jsoup.Jsoup.parse(Desk.get(client, queuePage).body()).select("tr.queue-row").stream()
                .map(row -> row.attr("data-reference"))
                .toList();
        assertThat(rows).containsExactly(mine.reference());
        assertThat(Desk.get(client, base.resolve("/editor/letters/" + mine.reference()))
                        .statusCode())
                .isEqualTo(200);
        LOG.info(() -> "Sections: " + pages.size() + " pages and " + (actions.size() + 1)
                + " actions refused to a section editor");
    }

    private Letter inSection(Letter letter, Section section, Account admin) {
        Letter current = letters.byReference(letter.reference()).orElseThrow();
        moderation.moveToSection(current.reference(), current.version(), admin.id(), section.id());
        return letters.byReference(letter.reference()).orElseThrow();
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        before.forEach((table, digest) -> {
            if (!digest.equals(after.get(table))) {
                tables.add(table);
            }
        });
        return tables.toString();
    }

    private static Needs needs(String address) {
        if (address.startsWith("/admin") || address.startsWith("/api/admin")) {
            return Needs.ADMIN;
        }
        if (address.startsWith("/editor") || address.startsWith("/api/editor")) {
            return Needs.EDITOR;
        }
        if (address.equals("/account") || address.startsWith("/account/") || address.startsWith("/account.")) {
            // One's own account: any desk role (each account here has the editor role).
            return Needs.EDITOR;
        }
        return Needs.NOBODY;
    }

    private static Answer expected(Needs needs, Who who) {
        return switch (needs) {
            case NOBODY -> Answer.SHOWN;
            case EDITOR -> who == Who.ANONYMOUS ? Answer.SIGN_IN : Answer.SHOWN;
            case ADMIN -> who == Who.ANONYMOUS ? Answer.SIGN_IN : who == Who.EDITOR ? Answer.FORBIDDEN : Answer.SHOWN;
        };
    }

    private static void check(List<String> wrong, String what, HttpResponse<String> response, Answer answer) {
        int status = response.statusCode();
        boolean right =
                switch (answer) {
                    // A desk page sends the visitor to sign in (a GET with its path to come
                    // back to); the desk's REST resources answer 401.
                    case SIGN_IN ->
                        (status == 302
                                        && response.headers()
                                                .firstValue("Location")
                                                .orElse("")
                                                .matches(".*/sign-in(\\?next=%2F[A-Za-z0-9%._~-]*)?"))
                                || (status == 401 && response.uri().getPath().startsWith("/api/"));
                    case FORBIDDEN -> status == 403;
                    // Made-up tokens and references are friendly 404s: still the page itself.
                    case SHOWN ->
                        (status == 200 || status == 301 || status == 302 || status == 404)
                                && !response.headers()
                                        .firstValue("Location")
                                        .orElse("")
                                        .contains("/sign-in")
                                && (what.startsWith("GET /sign-in ")
                                        || !response.body().contains("Sign in to the letters desk"));
                };
        if (!right) {
            wrong.add(what + " gave " + status + " "
                    + response.headers().firstValue("Location").orElse("") + ", expected " + answer);
        }
    }

    /** Sample addresses for views and servlets that show something only for a path. */
    private record Samples(Map<String, List<String>> byPath) {

        List<String> forPath(String path) {
            return byPath.getOrDefault(path, List.of());
        }
    }

    private Samples samples() {
        int number = Fixtures.uniqueIssueNumber();
        Piece published = fixtures.publishedLetter(
                number, "On the trams", "Matrix Writer", "Leeds", "The trams should come back to Leeds.");
        Letter fresh = fixtures.newLetter("Nina New", "A new letter for the matrix. " + System.nanoTime());
        Letter approved = fixtures.approvedLetter("Alan Approved", "An approved letter for the matrix.");
        int makeUp = Fixtures.uniqueIssueNumber();
        fixtures.issue(makeUp);
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        byPath.put(
                "/editor/letters",
                List.of(
                        "/editor/letters/" + fresh.reference(),
                        "/editor/letters/" + approved.reference(),
                        "/editor/letters/" + published.reference(),
                        "/editor/letters/L-2026-99999"));
        byPath.put("/editor/edit", List.of("/editor/edit/" + fresh.reference()));
        byPath.put("/editor/diff", List.of("/editor/diff/" + fresh.reference()));
        byPath.put("/editor/issue", List.of("/editor/issue/" + makeUp, "/editor/issue/" + number));
        byPath.put("/editor/preview", List.of("/editor/preview/" + makeUp, "/editor/preview/" + number));
        byPath.put("/editor/pieces", List.of("/editor/pieces/" + published.reference()));
        byPath.put("/editor/threads", List.of("/editor/threads/" + published.reference()));
        byPath.put("/issues", List.of("/issues/" + number));
        byPath.put("/letters", List.of("/letters/" + published.reference()));
        byPath.put("/articles", List.of("/articles/A-2026-99999"));
        byPath.put("/threads", List.of("/threads/" + published.reference()));
        byPath.put("/writers", List.of("/writers/matrix-writer"));
        byPath.put("/search", List.of("/search?q=trams"));
        byPath.put("/follow", List.of("/follow", "/follow?thread=" + published.reference()));
        byPath.put("/sent", List.of("/sent?ref=" + fresh.reference()));
        byPath.put("/confirm", List.of("/confirm/made-up-token"));
        byPath.put("/status", List.of("/status/made-up-token"));
        byPath.put("/approve-edit", List.of("/approve-edit/made-up-token"));
        byPath.put("/welcome", List.of("/welcome/made-up-token"));
        byPath.put("/admin/audit", List.of("/admin/audit?text=trams"));
        byPath.put(
                "/feeds/*",
                List.of("/feeds/letters.atom", "/feeds/threads/" + published.reference() + ".atom", "/feeds/none"));
        byPath.put("/api/pieces", List.of("/api/pieces?q=trams"));
        Letter byPost = postalLetters.enter(
                new PostalLetters.PostalLetter(
                        "Pam Post",
                        "York",
                        null,
                        "1 Low Petergate, York",
                        null,
                        "A postal letter for the matrix.",
                        false,
                        "Phoned the writer"),
                new PostalLetters.Scan("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                fixtures.account("Matrix Typist", Role.EDITOR));
        byPath.put(
                "/editor/documents/*",
                List.of(
                        "/editor/documents/"
                                + documents.of(byPost.reference()).get(0).id(),
                        "/editor/documents/0"));
        return new Samples(byPath);
    }

    /** Every view, as the extensionless address it is served at. */
    private List<String> views(String folder) {
        Set<String> urls = new TreeSet<>();
        collect(folder, urls);
        return List.copyOf(urls);
    }

    private void collect(String path, Set<String> urls) {
        Set<String> children = servletContext.getResourcePaths(path);
        if (children == null) {
            return;
        }
        for (String child : children) {
            if (child.startsWith("/WEB-INF/") || child.startsWith("/META-INF/") || child.startsWith("/resources/")) {
                continue;
            }
            if (child.endsWith("/")) {
                collect(child, urls);
            } else if (child.endsWith(".xhtml")) {
                String page = child.substring(0, child.length() - ".xhtml".length());
                urls.add(page.endsWith("/index") ? page.substring(0, page.length() - "index".length()) : page);
            }
        }
    }

    private boolean isView(String address) {
        String path = address.replaceAll("\\?.*$", "");
        for (String candidate :
                List.of(path + ".xhtml", path + "index.xhtml", path.replaceAll("/[^/]+$", "") + ".xhtml")) {
            try {
                if (servletContext.getResource(candidate) != null) {
                    return true;
                }
            } catch (MalformedURLException notAPath) {
                // not a view
            }
        }
        return false;
    }

    /** Templates, tag files, error pages and descriptors below WEB-INF (not the libraries and classes). */
    private List<String> parts(String folder) {
        Set<String> found = new TreeSet<>();
        Set<String> children = servletContext.getResourcePaths(folder);
        for (String child : children == null ? Set.<String>of() : children) {
            if (child.equals("/WEB-INF/lib/") || child.equals("/WEB-INF/classes/")) {
                continue;
            }
            if (child.endsWith("/")) {
                found.addAll(parts(child));
            } else if (child.endsWith(".xhtml") || child.endsWith(".xml")) {
                found.add(child);
            }
        }
        return List.copyOf(found);
    }

    /** The URL patterns of the application's own servlets (not Faces', not the server's). */
    private List<String> servletMappings() {
        Set<String> mappings = new TreeSet<>();
        for (ServletRegistration registration :
                servletContext.getServletRegistrations().values()) {
            String type = String.valueOf(registration.getClassName());
            if (type.startsWith("org.postbag.") && !type.startsWith("org.postbag.security")) {
                // The shared test deployment also carries the tests' own servlets (/test-only/...).
                registration.getMappings().stream()
                        .filter(mapping -> !mapping.startsWith("/test-only/"))
                        .forEach(mappings::add);
            }
        }
        return List.copyOf(mappings);
    }

    /** Every REST resource of ours, under the application path /api. */
    private List<String> restResources() {
        Set<String> paths = new TreeSet<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path path = type.getAnnotation(Path.class);
            if (path != null && type.getName().startsWith("org.postbag.")) {
                paths.add("/api/" + path.value().replaceAll("^/", ""));
            }
        }
        return List.copyOf(paths);
    }

    static HttpResponse<String> post(HttpClient client, URI uri, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
