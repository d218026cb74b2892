package org.postbag.security.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.postbag.testing.Browser;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.FormTokens;
import org.postbag.testing.fixtures.Mailbox;
import org.postbag.testing.pages.SignInPage;
import org.w3c.dom.NodeList;

/**
 * The hostile corpus stored and shown. A test-only servlet stores it all through the
 * application's services (every letter field, the editor's note, edit, hold, rejection
 * template, an article and an issue, then publishes a page of it; several inputs to a letter,
 * and the whole corpus as one article's text, which Chromium renders); every page that shows it
 * is fetched and checked as served (no 5xx, the page whole, no markup of the reader's, the
 * payloads shown as text), the Atom feeds are parsed as XML, and the pages that hold the most
 * payloads are rendered in Chromium, which must run none of them. Then a reader and an editor
 * type a few payloads into the real forms.
 */
@ExtendWith({ArquillianExtension.class, Browser.class})
@RunAsClient
class HostileInputBrowserIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(HostileInputBrowserIT.class);
    }

    @ArquillianResource
    URL url;

    /** What the fixture servlet made. */
    private record Stored(
            String editorEmail,
            String article,
            String corpus,
            int issue,
            List<String> letters,
            int inputs,
            int combinations) {}

    /**
     * Over HTTP/1.1: the corpus takes a minute and more to store on a loaded machine, and an
     * HTTP/2 connection (the client's upgrade) is closed by the server's idle timeout meanwhile
     * ("GOAWAY received") although the request goes on and succeeds.
     */
    private Stored store(URI base) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(base.resolve("/test-only/hostile-fixtures"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "admin=" + URLEncoder.encode(Desk.adminEmail(), StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            int space = line.indexOf(' ');
            lines.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>())
                    .add(line.substring(space + 1).strip());
        }
        assertThat(lines.get("failed")).as("service calls that failed").isNull();
        assertThat(lines.get("refused")).as("letters refused").isNull();
        return new Stored(
                lines.get("editor").get(0),
                lines.get("article").get(0),
                lines.get("corpus").get(0),
                Integer.parseInt(lines.get("issue").get(0)),
                lines.get("letter"),
                Integer.parseInt(lines.get("inputs").get(0)),
                Integer.parseInt(lines.get("combinations").get(0)));
    }

    @Test
    void everyPageShowsTheStoredCorpusAsTextAndChromiumRunsNoneOfIt(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String baseUrl = base.toString().replaceAll("/$", "");
        Stored stored = store(base);
        List<String> inputs = HostileCorpus.base();
        List<List<String>> groups = HostileCorpus.groups(inputs, HostileFixtures.PER_LETTER);
        assertThat(stored.inputs()).isEqualTo(inputs.size()).isGreaterThanOrEqualTo(520);
        assertThat(stored.letters()).hasSize(groups.size());
        assertThat(stored.combinations()).isEqualTo(inputs.size() * 5);
        // Every input, packed into queries as long as the search reads.
        List<String> queries = HostileCorpus.packed(inputs, 200);

        HttpClient reader = WebForm.client();
        HttpClient editor = Desk.signedIn(base, stored.editorEmail(), Fixtures.PASSWORD);
        HttpClient admin = Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword());

        Set<String> publicPages = new LinkedHashSet<>(List.of(
                "/",
                "/issues",
                "/issues/" + stored.issue(),
                "/threads/" + stored.article(),
                "/articles/" + stored.article(),
                "/articles/" + stored.corpus(),
                "/search?q=trams",
                "/search?q=script",
                "/search?q=window.__xss"));
        for (String query : queries) {
            publicPages.add("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        Set<String> deskPages = new LinkedHashSet<>(List.of(
                "/editor/issues",
                "/editor/articles",
                "/editor/issue/" + stored.issue(),
                "/editor/threads/" + stored.article(),
                "/editor/pieces/" + stored.article(),
                "/editor/pieces/" + stored.corpus()));
        for (String tab : List.of("new", "mine", "held", "waiting", "approved", "rejected", "spam", "all")) {
            deskPages.add("/editor/queue?tab=" + tab);
        }
        for (String letter : stored.letters()) {
            deskPages.add("/editor/letters/" + letter);
            deskPages.add("/editor/edit/" + letter);
            deskPages.add("/editor/diff/" + letter);
        }
        Set<String> adminPages = new LinkedHashSet<>(List.of(
                "/admin/",
                "/admin/users",
                "/admin/settings",
                "/admin/audit",
                "/admin/outbox",
                "/admin/privacy",
                "/admin/audit?text=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8)));

        List<String> wrong = new ArrayList<>();
        // Public letter pages and writers' pages, found from the published issue.
        Document issuePage = check(wrong, reader, base, "/issues/" + stored.issue(), baseUrl);
        for (var link : issuePage.select("main a[href^=/letters/], main a[href^=/writers/]")) {
            publicPages.add(link.attr("href"));
        }
        assertThat(issuePage.select("article.letter")).hasSizeGreaterThan(groups.size() / 2);
        assertThat(issuePage.select("main").text()).contains("<script>window.__xss=1</script>");

        int pages = 1;
        for (String page : publicPages) {
            check(wrong, reader, base, page, baseUrl);
            pages++;
        }
        for (String page : deskPages) {
            Document document = check(wrong, editor, base, page, baseUrl);
            pages++;
            if (page.startsWith("/editor/letters/")) {
                List<String> group = groups.get(stored.letters().indexOf(page.substring("/editor/letters/".length())));
                String text = document.select("main").text();
                for (String input : group) {
                    if (input.matches("[ -~]*<[ -~]*") && !input.contains("  ") && !text.contains(input.strip())) {
                        wrong.add(page + ": the payload is not shown as text: " + input);
                    }
                }
            }
        }
        for (String page : adminPages) {
            check(wrong, admin, base, page, baseUrl);
            pages++;
        }
        for (String feed : List.of("/feeds/letters.atom", "/feeds/threads/" + stored.article() + ".atom")) {
            checkFeed(wrong, reader, base, feed, baseUrl);
            pages++;
        }

        // Chromium renders the pages that hold the most payloads.
        List<String> rendered = new ArrayList<>();
        SignInPage.open(browser, base).signIn(stored.editorEmail(), Fixtures.PASSWORD);
        List<String> inBrowser = new ArrayList<>(List.of(
                "/editor/queue?tab=all",
                "/editor/queue?tab=held",
                "/editor/queue?tab=spam",
                "/editor/queue?tab=rejected",
                "/editor/issue/" + stored.issue(),
                "/editor/threads/" + stored.article(),
                "/editor/pieces/" + stored.article(),
                "/editor/pieces/" + stored.corpus()));
        for (int i = 0; i < stored.letters().size(); i += 6) {
            inBrowser.add("/editor/letters/" + stored.letters().get(i));
            inBrowser.add("/editor/diff/" + stored.letters().get(i));
        }
        inBrowser.add("/editor/edit/" + stored.letters().get(1));
        for (String page : inBrowser) {
            render(wrong, browser, base, page, baseUrl);
            rendered.add(page);
        }
        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        for (String page : List.of("/admin/users", "/admin/settings", "/admin/audit", "/admin/outbox")) {
            render(wrong, browser, base, page, baseUrl);
            rendered.add(page);
        }
        browser.manage().deleteAllCookies();
        List<String> publicInBrowser = new ArrayList<>(List.of(
                "/",
                "/issues",
                "/issues/" + stored.issue(),
                "/threads/" + stored.article(),
                "/articles/" + stored.article(),
                "/articles/" + stored.corpus(),
                "/search?q=script",
                "/search?q=window.__xss"));
        publicPages.stream()
                .filter(page -> page.startsWith("/letters/") || page.startsWith("/writers/"))
                .limit(12)
                .forEach(publicInBrowser::add);
        for (int i = 0; i < queries.size(); i += 10) {
            publicInBrowser.add("/search?q=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8));
        }
        for (String page : publicInBrowser) {
            render(wrong, browser, base, page, baseUrl);
            rendered.add(page);
        }

        System.out.printf(
                "Hostile corpus: %d inputs, %d combinations stored in %d letters; %d pages checked as served,"
                        + " %d rendered in Chromium; %d problems%n",
                inputs.size(), stored.combinations(), stored.letters().size(), pages, rendered.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** Fetches a page and checks it as served; returns it parsed. */
    private static Document check(List<String> wrong, HttpClient client, URI base, String page, String baseUrl)
            throws Exception {
        HttpResponse<String> response = Desk.get(client, base.resolve(page));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 301 && (location.startsWith(baseUrl + "/") || location.startsWith("/"))) {
            // /articles/<reference> and /letters/<reference> send readers on to the full address.
            response = Desk.get(client, base.resolve(location));
        }
        Document document = WebForm.parse(response);
        int status = response.statusCode();
        if (status >= 500 || (status != 200 && !page.startsWith("/writers/"))) {
            wrong.add(page + " answered " + status);
            return document;
        }
        if (document.select("main#main").isEmpty() || document.select("main h1").isEmpty()) {
            wrong.add(page + ": no main landmark or heading");
        }
        List<String> injected = InjectedMarkup.in(document, baseUrl);
        if (!injected.isEmpty()) {
            wrong.add(page + ": markup from the input: " + injected);
        }
        return document;
    }

    /** An Atom feed must be well-formed XML, and the HTML of each entry must hold no markup of the reader's. */
    private static void checkFeed(List<String> wrong, HttpClient client, URI base, String feed, String baseUrl)
            throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(base.resolve(feed)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            wrong.add(feed + " answered " + response.statusCode());
            return;
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document xml;
        try {
            xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        } catch (Exception notXml) {
            wrong.add(feed + " is not well-formed XML: " + notXml.getMessage());
            return;
        }
        NodeList contents = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
        if (contents.getLength() == 0) {
            wrong.add(feed + " has no entries");
        }
        for (int i = 0; i < contents.getLength(); i++) {
            Document html = Jsoup.parseBodyFragment(contents.item(i).getTextContent(), baseUrl);
            List<String> injected = InjectedMarkup.in(html, baseUrl);
            if (!injected.isEmpty()) {
                wrong.add(feed + " entry " + i + ": markup from the input: " + injected);
            }
        }
        NodeList titles = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        for (int i = 0; i < titles.getLength(); i++) {
            org.w3c.dom.Element title = (org.w3c.dom.Element) titles.item(i);
            if ("html".equals(title.getAttribute("type")) || "xhtml".equals(title.getAttribute("type"))) {
                wrong.add(feed + ": a title is HTML, so a reader would render what the writer typed");
            }
        }
    }

    /** Renders a page in Chromium: no dialog, no flag, no injected DOM, the page whole. */
    private static void render(List<String> wrong, WebDriver browser, URI base, String page, String baseUrl) {
        browser.get(base.resolve(page).toString());
        inspect(wrong, browser, page, baseUrl);
    }

    /** Checks the page the browser shows now. */
    private static void inspect(List<String> wrong, WebDriver browser, String page, String baseUrl) {
        try {
            String alert = browser.switchTo().alert().getText();
            browser.switchTo().alert().dismiss();
            wrong.add(page + ": an alert ran in Chromium: " + alert);
            return;
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object flag = js.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        if (flag != null || browser.getTitle().equals("XSS")) {
            wrong.add(page + ": a payload ran in Chromium (flag " + flag + ", title " + browser.getTitle() + ")");
        }
        Object injected = js.executeScript(InjectedMarkup.SCRIPT, baseUrl);
        if (injected instanceof List<?> list && !list.isEmpty()) {
            wrong.add(page + ": Chromium built markup from the input: " + list);
        }
        if (browser.findElements(By.cssSelector("main#main h1")).isEmpty()) {
            wrong.add(page + ": no main landmark or heading in Chromium");
        }
    }

    /**
     * A reader types payloads into the real letter form, and an editor into the note, hold and
     * link forms: the pages come back whole, nothing runs, and what was typed is shown as text.
     */
    @Test
    void payloadsTypedIntoTheRealFormsAreShownAsText(WebDriver browser) throws Exception {
        URI base = url.toURI().resolve("/");
        String baseUrl = base.toString().replaceAll("/$", "");
        List<String> wrong = new ArrayList<>();
        String name = "Xena <img src=x onerror=window.__xss=1>";
        String body = "You printed \"<script>window.__xss=1</script>\" and I disagree.\n\n"
                + "> <svg onload=document.title='XSS'>\n\nI reply: javascript:window.__xss=1 \uD83D\uDE8B";
        String email = Fixtures.uniqueEmail("Xena Writer");

        browser.get(base.resolve("/write").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("town")).sendKeys("\"><script>window.__xss=1</script>");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("subject")).sendKeys("<b onmouseover=window.__xss=1>Trams</b>");
        browser.findElement(By.id("citation")).sendKeys("your article \"<img src=x onerror=window.__xss=1>\"");
        Browser.setValue(browser, "body", body);
        browser.findElement(By.id("pieceQuery")).sendKeys("<script>window.__xss=1</script>");
        browser.findElement(By.id("findPieces")).click();
        Browser.waitFor(
                browser,
                ExpectedConditions.or(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("piece-choices"), "Nothing"),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#piece-choices .checkbox"))));
        inspect(wrong, browser, "/write (found pieces)", baseUrl);
        browser.get(base.resolve("/write").toString());
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("town")).sendKeys("\"><script>window.__xss=1</script>");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("subject")).sendKeys("<b onmouseover=window.__xss=1>Trams</b>");
        browser.findElement(By.id("citation")).sendKeys("your article \"<img src=x onerror=window.__xss=1>\"");
        Browser.setValue(browser, "body", body);
        browser.findElement(By.id("consent")).click();
        // A reader who took their time: a token served a minute ago, rather than a wait here.
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('formToken').value = arguments[0];", FormTokens.servedAMinuteAgo());
        browser.findElement(By.id("send")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/sent"));
        String reference = browser.getCurrentUrl().replaceAll(".*ref=([A-Z0-9-]+).*", "$1");
        Mailbox.Mail mail = Mailbox.of(email).awaitOne();
        browser.get(mail.link("/confirm/"));
        browser.findElement(By.id("confirmLetter")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/status/"));
        String status = browser.getCurrentUrl();
        browser.get(status);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("<script>window.__xss=1</script>")
                .contains("<svg onload=document.title='XSS'>");
        render(wrong, browser, base, status.replace(baseUrl, ""), baseUrl);

        SignInPage.open(browser, base).signIn(Desk.adminEmail(), Desk.adminPassword());
        String page = "/editor/letters/" + reference;
        browser.get(base.resolve(page).toString());
        browser.findElement(By.id("note")).sendKeys("Rang her: </textarea><script>window.__xss=1</script>");
        browser.findElement(By.id("addNote")).click();
        Browser.waitFor(
                browser,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Note added"));
        browser.findElement(By.id("linkReference")).sendKeys("'><img src=x onerror=window.__xss=1>");
        browser.findElement(By.id("addLink")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("'><img src=x onerror=window.__xss=1>");
        inspect(wrong, browser, page + " (link refused)", baseUrl);
        browser.findElement(By.cssSelector("#hold > summary")).click();
        browser.findElement(By.id("holdNote")).sendKeys("Check \" onfocus=\"window.__xss=1\" autofocus=\"");
        browser.findElement(By.id("holdLetter")).click();
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "held"));
        // A decision moves on to the next letter: back to this one, its history unfolded.
        browser.get(base.resolve(page).toString());
        browser.findElement(By.cssSelector(".history-panel > summary")).click();
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text)
                .contains(name)
                .contains("</textarea><script>window.__xss=1</script>")
                .contains("Check \" onfocus=\"window.__xss=1\" autofocus=\"");
        render(wrong, browser, base, page, baseUrl);
        assertThat(wrong).isEmpty();
    }
}
