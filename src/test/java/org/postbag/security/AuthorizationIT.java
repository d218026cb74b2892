package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Who may open what, for every page the application has: the list comes from the deployed
 * application itself (every view under /editor and /admin), so a new page cannot be
 * forgotten. Anonymous visitors are sent to sign in, editors are refused the admin pages,
 * and nobody gets a protected page by posting to it.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AuthorizationIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    ServletContext servletContext;

    @Inject
    Fixtures fixtures;

    @Test
    void everyDeskPageNeedsAnEditorAndEveryAdminPageAnAdmin() throws Exception {
        URI base = url.toURI().resolve("/");
        List<String> editorPages = pages("/editor/");
        List<String> adminPages = pages("/admin/");
        assertThat(editorPages).contains("/editor/queue", "/editor/letters/L-2026-00001");
        assertThat(adminPages).contains("/admin/", "/admin/outbox", "/admin/audit");

        Account editor = fixtures.account("Edna Editor", Role.EDITOR);
        HttpClient anonymous = WebForm.client();
        HttpClient asEditor = Desk.signedIn(base, editor.email(), Fixtures.PASSWORD);
        HttpClient asAdmin = Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword());

        List<String> wrong = new ArrayList<>();
        for (String page : editorPages) {
            expect(wrong, anonymous, base, page, "GET", Answer.SIGN_IN);
            expect(wrong, anonymous, base, page, "POST", Answer.SIGN_IN);
            expect(wrong, asEditor, base, page, "GET", Answer.SHOWN);
            expect(wrong, asAdmin, base, page, "GET", Answer.SHOWN);
        }
        for (String page : adminPages) {
            expect(wrong, anonymous, base, page, "GET", Answer.SIGN_IN);
            expect(wrong, anonymous, base, page, "POST", Answer.SIGN_IN);
            expect(wrong, asEditor, base, page, "GET", Answer.FORBIDDEN);
            expect(wrong, asEditor, base, page, "POST", Answer.FORBIDDEN);
            expect(wrong, asAdmin, base, page, "GET", Answer.SHOWN);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void pagePartsAreNeverServedOnTheirOwn() throws Exception {
        URI base = url.toURI().resolve("/");
        HttpClient client = WebForm.client();
        for (String part :
                List.of("/WEB-INF/templates/layout.xhtml", "/WEB-INF/web.xml", "/WEB-INF/errorpages/error.xhtml")) {
            HttpResponse<String> response = Desk.get(client, base.resolve(part));
            assertThat(response.statusCode()).as(part).isIn(403, 404);
            assertThat(response.body()).doesNotContain("<ui:composition");
        }
    }

    private enum Answer {
        SIGN_IN,
        FORBIDDEN,
        SHOWN
    }

    private static void expect(
            List<String> wrong, HttpClient client, URI base, String page, String method, Answer answer)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(page));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=stateless"));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
                    // A letter page with a made-up reference is a friendly 404: still the page itself.
                    case SHOWN ->
                        (status == 200 || status == 404) && !response.body().contains("Sign in to the letters desk");
                };
        if (!right) {
            wrong.add(method + " " + page + " gave " + status + ", expected " + answer);
        }
    }

    /** Every view below a folder, as the extensionless URL it is served at. */
    private List<String> pages(String folder) {
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
            if (child.endsWith("/")) {
                collect(child, urls);
            } else if (child.endsWith(".xhtml")) {
                String page = child.substring(0, child.length() - ".xhtml".length());
                if (page.endsWith("/index")) {
                    page = page.substring(0, page.length() - "index".length());
                }
                // Views that take a path parameter get one.
                urls.add(page.equals("/editor/letters") ? page + "/L-2026-00001" : page);
            }
        }
    }
}
