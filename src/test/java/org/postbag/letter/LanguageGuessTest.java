package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        en | The council promised a tram within ten minutes' walk of every home, and it has not kept that promise in any part of the city.
        de | Der Stadtrat hat versprochen, dass jede Wohnung höchstens zehn Minuten von einer Straßenbahn entfernt liegt, und er hat dieses Versprechen nicht gehalten.
        fr | Le conseil municipal avait promis un tramway à moins de dix minutes de chaque logement, et il n'a tenu cette promesse dans aucun quartier de la ville.
        ar | وعد المجلس البلدي بأن يكون الترام على بعد عشر دقائق سيرا من كل بيت، لكنه لم يف بهذا الوعد في أي حي من أحياء المدينة حتى اليوم.
        """)
    void recognisesTheLanguageOfALetter(String language, String text) {
        assertThat(LanguageGuess.of(text)).contains(Locale.forLanguageTag(language));
    }

    @Test
    void saysNothingOfAShortNote() {
        assertThat(LanguageGuess.of("Bravo, Frau Lehmann!")).isEmpty();
        assertThat(LanguageGuess.of("Merci pour votre lettre.")).isEmpty();
    }

    @Test
    void screeningFlagsALetterInAnotherLanguageAndRefusesNothing() {
        String german = "Der Stadtrat hat versprochen, dass jede Wohnung höchstens zehn Minuten von einer"
                + " Straßenbahn entfernt liegt, und er hat dieses Versprechen nicht gehalten.";
        Screening.Rules english = new Screening.Rules(350, 3, List.of(), Locale.UK);

        Screening.Result result = Screening.screen(german, english);

        assertThat(result.flags())
                .extracting(Flag::kind, Flag::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        FlagKind.LANGUAGE, "Seems to be written in German, not in English"));
        assertThat(result.spam()).isFalse();
        assertThat(result.hold()).isFalse();
        assertThat(Screening.screen(german, new Screening.Rules(350, 3, List.of(), Locale.GERMAN))
                        .flags())
                .isEmpty();
    }
}
