package org.postbag.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of the application as a plain HTTP client sees it: read from the page (hidden
 * fields included), filled in, and sent back, without a browser. For tests of what the
 * server does with what arrives, hostile input included.
 */
public final class WebForm {

    private final HttpClient client;
    private final URI action;
    private final Map<String, List<byte[]>> fields = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private WebForm(HttpClient client, URI action) {
        this.client = client;
        this.action = action;
    }

    /** A client that keeps cookies and does not follow redirects, so tests see each answer. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    public static WebForm read(HttpClient client, URI page, String formId) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + page + " answered " + response.statusCode());
        }
        return of(client, page, response.body(), formId);
    }

    public static WebForm of(HttpClient client, URI page, String html, String formId) {
        Document document = Jsoup.parse(html, page.toString());
        Element form = document.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form #" + formId + " on " + page);
        }
        WebForm webForm = new WebForm(client, page.resolve(form.attr("action")));
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.wholeText() : input.val();
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("value")) {
                value = "on"; // what a browser sends for a ticked box without a value
            }
            webForm.fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getBytes(StandardCharsets.UTF_8));
        }
        return webForm;
    }

    public WebForm set(String name, String value) {
        return setBytes(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets raw bytes, which need not be valid UTF-8. */
    public WebForm setBytes(String name, byte[] value) {
        List<byte[]> values = new ArrayList<>();
        values.add(value);
        fields.put(name, values);
        return this;
    }

    public WebForm add(String name, String value) {
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public WebForm check(String name) {
        return set(name, "on");
    }

    public WebForm remove(String name) {
        fields.remove(name);
        return this;
    }

    public String value(String name) {
        List<byte[]> values = fields.get(name);
        return values == null ? null : new String(values.get(0), StandardCharsets.UTF_8);
    }

    public WebForm header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Presses the named button and returns the raw answer. */
    public HttpResponse<String> press(String button) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> append(body, name, value)));
        append(body, button, button.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void append(ByteArrayOutputStream body, String name, byte[] value) {
        if (body.size() > 0) {
            body.write('&');
        }
        body.writeBytes(URLEncoder.encode(name, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
        body.write('=');
        for (byte b : value) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.*".indexOf(c) >= 0) {
                body.write(c);
            } else {
                body.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    public static Document parse(HttpResponse<String> response) {
        Document document = Jsoup.parse(response.body(), response.uri().toString());
        document.outputSettings().prettyPrint(false);
        return document;
    }
}
