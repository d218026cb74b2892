package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailTextTest {

    @Test
    void aPlainLetterIsKeptAsWritten() {
        assertThat(EmailText.fromPlain("Sir,\r\n\r\nThe trams are late.\r\nAgain.\r\n\r\n\r\nAnn Lee, Leeds\r\n"))
                .isEqualTo("Sir,\n\nThe trams are late.\nAgain.\n\nAnn Lee, Leeds");
    }

    @Test
    void aReplyLosesTheMessageItQuotesAndItsAttribution() {
        String reply = """
                I disagree with your correspondent.

                On Mon, 1 Dec 2026 at 10:02, Letters desk <letters@example.org>
                wrote:
                > Thank you for your letter.
                > Its reference is L-2026-00001.
                """;
        assertThat(EmailText.fromPlain(reply)).isEqualTo("I disagree with your correspondent.");
    }

    @Test
    void inlineAnswersKeepTheWritersLinesOnly() {
        String reply = "> You said the bridge was closed.\nIt was open on Sunday.\n> And the buses?\nThey ran.";
        assertThat(EmailText.fromPlain(reply)).isEqualTo("It was open on Sunday.\nThey ran.");
    }

    @Test
    void theSignatureAndMobileFootersGo() {
        assertThat(EmailText.fromPlain("Bring back the ferry.\n\nTom\n-- \nTom Aldridge\nCEO, Widgets Ltd"))
                .isEqualTo("Bring back the ferry.\n\nTom");
        assertThat(EmailText.fromPlain("Bring back the ferry.\n\nSent from my iPhone"))
                .isEqualTo("Bring back the ferry.");
    }

    @Test
    void outlooksQuotedMessageGoes() {
        String reply = "Yes, print it.\n\n-----Original Message-----\nFrom: Desk\nSent: Monday\nYour letter";
        assertThat(EmailText.fromPlain(reply)).isEqualTo("Yes, print it.");
        String header = "Yes, print it.\n\nFrom: Letters desk <letters@example.org>\nSent: 1 December 2026\nSubject: x";
        assertThat(EmailText.fromPlain(header)).isEqualTo("Yes, print it.");
    }

    @Test
    void htmlBecomesParagraphsWithoutQuotesOrSignature() {
        String html = """
                <html><head><style>p{color:red}</style></head><body>
                <p>Sir,</p><p>The <b>library</b> must stay open.<br>It is all we have.</p>
                <div class="gmail_signature">Ann Lee<br>Chair, Friends of the Library</div>
                <div class="gmail_quote">On Monday the desk wrote:<blockquote>Old text</blockquote></div>
                </body></html>""";
        assertThat(EmailText.fromHtml(html)).isEqualTo("Sir,\n\nThe library must stay open.\nIt is all we have.");
    }

    @Test
    void htmlEntitiesAndScriptsAreNotText() {
        assertThat(EmailText.fromHtml("<p>Fish &amp; chips&nbsp;&lt;3</p><script>alert(1)</script>"))
                .isEqualTo("Fish & chips <3");
    }
}
