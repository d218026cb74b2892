package org.postbag.archive.wxr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad files give one clear sentence, and nothing else. */
class WxrReaderTest {

    private static byte[] fixture() throws Exception {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/archive/northern-review.wordpress.xml")) {
            return in.readAllBytes();
        }
    }

    private static WxrFile read(byte[] bytes, long max) throws ImportProblem {
        return new WxrReader(max).read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsTheExportWithItsAuthorsAndComments() throws Exception {
        WxrFile file = read(fixture(), 1 << 20);
        assertThat(file.siteUrl()).isEqualTo("http://127.0.0.1:8090");
        assertThat(file.authorNames()).containsEntry("priya.natarajan", "Priya Natarajan");
        assertThat(file.items()).hasSize(7);
        assertThat(file.items().get(2).comments()).hasSize(30);
        assertThat(file.items().get(2).guid()).isEmpty();
    }

    @Test
    void aTruncatedFileIsSaidToBeCutShort() throws Exception {
        byte[] whole = fixture();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> read(half, 1 << 20))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("cut short")
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
        assertThatThrownBy(() -> read(fixture(), 1 << 20 >> 4))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void anotherKindOfFileIsNotAnExport() {
        byte[] html = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(html, 1 << 20))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("not a WordPress export");
        byte[] feed = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(feed, 1 << 20))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("wxr_version");
    }

    @Test
    void invalidXmlIsSaidToBeInvalid() {
        byte[] broken = "<rss><channel><title>x</tit></channel></rss>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(broken, 1 << 20))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss><channel><title>&x;</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(xxe, 1 << 20))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("Nothing was imported")
                .hasMessageNotContaining("root:");
    }

    @Test
    void scriptsAndStylesNeverReachTheText() {
        String html = "<p>Before<script>alert('x')</script> after</p><style>p{}</style>"
                + "<blockquote><p>Quoted &amp; kept</p></blockquote><p>Line<br>break</p>";
        assertThat(HtmlText.of(html)).isEqualTo("Before after\n\n> Quoted & kept\n\nLine\nbreak");
        assertThat(HtmlText.hadActiveContent(html)).isTrue();
    }

    @Test
    void aLettersPartWithoutSignOffIsAProblemNotALetter() {
        LettersPage.Split split = LettersPage.split(
                "<h3>Signed</h3><p>Text.</p><p class=\"signoff\"><strong>Ann Lee, York</strong></p><hr />"
                        + "<h3>Unsigned</h3><p>Nobody wrote this.</p><hr />");
        assertThat(split.letters())
                .extracting(LettersPage.PrintedLetter::headline)
                .containsExactly("Signed");
        assertThat(split.letters().get(0).signOff()).isEqualTo(new SignOff("Ann Lee", "York"));
        assertThat(split.problems()).singleElement().asString().contains("\"Unsigned\" has no sign-off");
    }
}
