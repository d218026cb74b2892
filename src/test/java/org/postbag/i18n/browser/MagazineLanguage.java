package org.postbag.i18n.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Switches the running server's magazine language for a browser test, through the tests' own servlet
 * ({@code /test-only/language}), and back to the setting's own language afterwards.
 */
final class MagazineLanguage {

    private MagazineLanguage() {}

    /** The magazine speaks {@code tag} ("de", "ar") from now on. */
    static void set(URL deployment, String tag) throws IOException, InterruptedException {
        send(deployment, "POST", tag);
    }

    /** Back to the language the server was started with. */
    static void reset(URL deployment) throws IOException, InterruptedException {
        send(deployment, "DELETE", null);
    }

    private static void send(URL deployment, String method, String tag) throws IOException, InterruptedException {
        URI address = URI.create(deployment.toString())
                .resolve("/test-only/language" + (tag == null ? "" : "?language=" + tag));
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(address)
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as(method + " " + address).isEqualTo(204);
    }
}
