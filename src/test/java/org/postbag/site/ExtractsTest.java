package org.postbag.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractsTest {

    private static final String LETTER =
            "I would only add one thing.\n\n> \"A municipal operator answers to voters\"\n\n"
                    + "That is the whole of the case, and the council knows it.";

    @Test
    void anExtractFromInsideTheTextSaysSoAtBothEnds() {
        assertThat(Extracts.withEllipses("\"A \u0002municipal\u0003 operator answers", LETTER))
                .isEqualTo("… \"A \u0002municipal\u0003 operator answers …");
    }

    @Test
    void anExtractThatStartsOrEndsTheTextHasNoEllipsisThere() {
        assertThat(Extracts.withEllipses("I would only \u0002add\u0003 one", LETTER))
                .isEqualTo("I would only \u0002add\u0003 one …");
        assertThat(Extracts.withEllipses("and the \u0002council\u0003 knows it.", LETTER))
                .isEqualTo("… and the \u0002council\u0003 knows it.");
        assertThat(Extracts.withEllipses("Short \u0002letter\u0003.", "Short letter."))
                .isEqualTo("Short \u0002letter\u0003.");
    }

    @Test
    void fragmentsAreJoinedByAnEllipsis() {
        assertThat(Extracts.withEllipses("only \u0002add\u0003 one\u0004the \u0002council\u0003 knows", LETTER))
                .isEqualTo("… only \u0002add\u0003 one … the \u0002council\u0003 knows …");
    }
}
