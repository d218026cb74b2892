package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Role;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * An export sent in parts over HTTP to /api/admin/import-parts: only an admin with the import
 * page's token may begin one or send a part, the size is capped before anything is kept, parts
 * come in order (a retry is taken once), and the whole file previews like an upload.
 */
@ExtendWith(ArquillianExtension.class)
class ImportPartsIT {

    private static final Pattern TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ImportPartsIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    StagedUploads stagedUploads;

    @Inject
    ArchiveImport archiveImport;

    private static byte[] fixture() throws Exception {
        try (InputStream in = ImportPartsIT.class.getResourceAsStream("/archive/northern-review.wordpress.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void onlyAnAdminFromTheImportPageSendsAnExportInPartsAndItPreviewsLikeAnUpload() throws Exception {
        URI base = url.toURI().resolve("/");
        URI api = base.resolve("/api/admin/import-parts");
        byte[] file = fixture();
        HttpClient admin = Desk.signedIn(base, Desk.adminEmail(), Desk.adminPassword());
        String token = token(admin, base);
        var editorAccount = fixtures.account("Parts Editor", Role.EDITOR);
        HttpClient editor = Desk.signedIn(base, editorAccount.email(), Fixtures.PASSWORD);
        String editorPage = Desk.get(editor, base.resolve("/admin/import")).body();
        assertThat(editorPage).doesNotContain("data-token");

        String begin = "name=export.xml&size=" + file.length;
        assertThat(begin(WebForm.client(), api, token, begin).statusCode()).isIn(302, 401, 403);
        assertThat(begin(editor, api, token, begin).statusCode()).isEqualTo(403);
        assertThat(begin(admin, api, null, begin).statusCode()).isEqualTo(403);
        assertThat(begin(admin, api, token + "x", begin).statusCode()).isEqualTo(403);

        HttpResponse<String> tooLarge =
                begin(admin, api, token, "name=export.xml&size=" + (archiveImport.maxBytes() + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("larger than");

        HttpResponse<String> begun = begin(admin, api, token, begin);
        assertThat(begun.statusCode()).isEqualTo(200);
        String upload = begun.body().replaceAll(".*\"upload\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        URI parts = api.resolve("/api/admin/import-parts/" + upload);

        int half = file.length / 2;
        byte[] first = Arrays.copyOfRange(file, 0, half);
        byte[] second = Arrays.copyOfRange(file, half, file.length);
        assertThat(part(editor, parts, token, 0, first).statusCode()).isEqualTo(403);
        assertThat(part(admin, parts, token, half, second).body()).contains("A part is missing");
        assertThat(part(admin, parts, token, 0, first).body()).contains("\"received\":" + half);
        assertThat(part(admin, parts, token, 0, first).body()).contains("\"received\":" + half);
        assertThat(stagedUploads.complete(Desk.adminEmail(), upload)).isEmpty();
        assertThat(part(admin, parts, token, half, second).body()).contains("\"received\":" + file.length);

        assertThat(stagedUploads.complete("someone-else@postbag.test", upload)).isEmpty();
        assertThat(stagedUploads.complete(Desk.adminEmail(), upload)).contains("export.xml");
        ImportPlan plan = archiveImport.previewStaged(Desk.adminEmail(), upload, ImportPlan.Options.defaults());
        assertThat(plan.steps())
                .isEqualTo(archiveImport
                        .preview("export.xml", file, ImportPlan.Options.defaults())
                        .steps());
        assertThat(plan.letters()).hasSize(4);

        // A part larger than a part may be ends the upload.
        HttpResponse<String> again = begin(admin, api, token, "name=big.xml&size=" + (2 * StagedUploads.PART_BYTES));
        String other = again.body().replaceAll(".*\"upload\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> oversized = part(
                admin,
                api.resolve("/api/admin/import-parts/" + other),
                token,
                0,
                new byte[StagedUploads.PART_BYTES + 1]);
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(part(admin, api.resolve("/api/admin/import-parts/" + other), token, 0, new byte[10])
                        .body())
                .contains("not known");
    }

    private static String token(HttpClient client, URI base) throws Exception {
        Matcher found =
                TOKEN.matcher(Desk.get(client, base.resolve("/admin/import")).body());
        assertThat(found.find()).as("the import page's token").isTrue();
        return found.group(1);
    }

    private static HttpResponse<String> begin(HttpClient client, URI api, String token, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("X-Postbag-Token", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> part(HttpClient client, URI upload, String token, long offset, byte[] bytes)
            throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(upload + "?offset=" + offset))
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Postbag-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
