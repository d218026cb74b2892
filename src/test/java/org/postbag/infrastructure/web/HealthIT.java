package org.postbag.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.testing.Deployments;

/** The health endpoints, as a load balancer calls them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(HealthIT.class);
    }

    @ArquillianResource
    URL url;

    @Test
    void healthSaysLiveAndReadyWithTheDatabase() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = url.toURI();
        HttpResponse<String> live = http.send(
                HttpRequest.newBuilder(base.resolve("/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(base.resolve("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .isEqualTo("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}");
        assertThat(ready.headers().allValues("Set-Cookie")).isEmpty();
    }
}
