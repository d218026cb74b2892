package org.postbag.submission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlankFormCacheTest {

    private static byte[] page(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePageIsCutAroundItsToken() {
        BlankFormCache.Form form = BlankFormCache.split(
                7, "de", "text/html", page("<form><input name=\"formToken\" value=\"abc-123\" /><p>Café</p></form>"));

        assertThat(new String(form.before(), StandardCharsets.UTF_8))
                .isEqualTo("<form><input name=\"formToken\" value=\"");
        assertThat(new String(form.after(), StandardCharsets.UTF_8)).isEqualTo("\" /><p>Café</p></form>");
        assertThat(form.version()).isEqualTo(7);
        assertThat(form.variant()).isEqualTo("de");
    }

    @Test
    void aPageWithNoTokenOrTwoIsNotKept() {
        assertThat(BlankFormCache.split(1, "de", "text/html", page("<p>Something went wrong</p>")))
                .isNull();
        assertThat(BlankFormCache.split(
                        1,
                        "de",
                        "text/html",
                        page("<input name=\"formToken\" value=\"a\" /><input name=\"formToken\" value=\"b\" />")))
                .isNull();
        assertThat(BlankFormCache.split(1, "de", "text/html", page("<input name=\"formToken\" value=\"unterminated")))
                .isNull();
    }
}
