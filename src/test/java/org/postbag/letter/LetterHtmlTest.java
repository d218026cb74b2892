package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterHtmlTest {

    @Test
    void paragraphsBecomeParagraphs() {
        assertThat(LetterHtml.render("One.\n\nTwo.", false)).isEqualTo("<p>One.</p>\n<p>Two.</p>\n");
    }

    @Test
    void singleLineBreaksAreKept() {
        assertThat(LetterHtml.render("Dear Sir,\nI write.", false)).isEqualTo("<p>Dear Sir,<br>\nI write.</p>\n");
    }

    @Test
    void aParagraphStartingWithAQuoteMarkerIsABlockQuotation() {
        assertThat(LetterHtml.render("> \"A municipal operator\n> answers to voters\"", false))
                .isEqualTo("<blockquote><p>&quot;A municipal operator<br>\nanswers to voters&quot;</p></blockquote>\n");
    }

    @Test
    void everythingTheReaderTypedIsEscaped() {
        String hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\"";
        assertThat(LetterHtml.render(hostile, false))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                        + "&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;</p>\n");
    }

    @Test
    void addressesStayTextUnlessTheMagazineLinksThem() {
        String text = "See https://example.org/trams?a=1&b=2.";
        assertThat(LetterHtml.render(text, false)).isEqualTo("<p>See https://example.org/trams?a=1&amp;b=2.</p>\n");
        assertThat(LetterHtml.render(text, true))
                .isEqualTo("<p>See <a href=\"https://example.org/trams?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">"
                        + "https://example.org/trams?a=1&amp;b=2</a>.</p>\n");
    }

    @Test
    void onlyHttpAddressesAreLinked() {
        assertThat(LetterHtml.render("javascript:alert(1) and data:text/html,x", true))
                .isEqualTo("<p>javascript:alert(1) and data:text/html,x</p>\n");
    }

    @Test
    void aLinkCannotBreakOutOfItsAttribute() {
        assertThat(LetterHtml.render("https://x.example/\"onmouseover=\"alert(1)", true))
                .contains("href=\"https://x.example/\"")
                .doesNotContain("\"onmouseover");
    }
}
