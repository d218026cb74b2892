package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Citations as German and French letters write them: issue numbers, honorifics, dates and kinds of piece. */
class CuesInOtherLanguagesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    private final CitationParser parser = new CitationParser("Nordische Rundschau");

    private Citations parse(String text) {
        return parser.parse(text, RECEIVED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Ihr Artikel in Nr. 249 war falsch.                 | Nr. 249       | 249
        Der Leserbrief in Heft 12 hat recht.               | Heft 12       | 12
        Seit Ausgabe 117 lese ich jeden Brief.             | Ausgabe 117   | 117
        Wie Nummer 120 zeigte, ist der Rat langsam.        | Nummer 120    | 120
        Votre article du n° 249 se trompe.                 | n° 249        | 249
        Dans le numéro 117, Mme Dupont écrit autre chose.  | numéro 117    | 117
        La lettre (nº 118) est injuste.                    | nº 118        | 118
        """)
    void findsIssueNumbers(String text, String span, int number) {
        assertThat(parse(text).ofType(IssueCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.number()).isEqualTo(number);
        });
    }

    @Test
    void findsSeveralIssuesListedTogether() {
        assertThat(parse("Die Hefte 117 und 118 waren gut.").ofType(IssueCue.class))
                .extracting(IssueCue::number)
                .containsExactly(117, 118);
        assertThat(parse("Les numéros 117 et 118 étaient bons.").ofType(IssueCue.class))
                .extracting(IssueCue::number)
                .containsExactly(117, 118);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Herr Müller irrt sich gründlich.                  | Herr Müller     | muller
        Ich stimme Frau Dr. Osei zu.                      | Frau            | osei
        Mme Dupont a raison.                              | Mme Dupont      | dupont
        Je remercie Monsieur Lefèvre pour sa lettre.      | Monsieur Lefèvre | lefevre
        """)
    void findsNamesAfterGermanAndFrenchHonorifics(String text, String spanStart, String surname) {
        assertThat(parse(text).ofType(NameCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).startsWith(spanStart);
            assertThat(cue.surname()).isEqualTo(surname);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Ihr Leserbrief vom 4. Mai 2026 war unfair.   | 4. Mai 2026     | 2026-05-04 | 2026-05-04
        der Artikel vom 12. März                      | 12. März        | 2026-03-12 | 2026-03-12
        votre lettre du 4 mai                         | 4 mai           | 2026-05-04 | 2026-05-04
        le 1er juin 2025, vous écriviez               | 1er juin 2025   | 2025-06-01 | 2025-06-01
        in der Ausgabe vom Juni                       | Ausgabe vom Juni | 2026-06-01 | 2026-06-30
        dans le numéro de juillet                     | numéro de juillet | 2026-07-01 | 2026-07-31
        """)
    void findsDates(String text, String span, LocalDate from, LocalDate to) {
        assertThat(parse(text).ofType(DateCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.range()).isEqualTo(new DateRange(from, to));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Der Leserbrief von Herrn Weber war lang.     | Leserbrief | LETTER
        Ihr Leitartikel war falsch.                  | Leitartikel | ARTICLE
        La lettre de Mme Dupont était longue.        | lettre     | LETTER
        Votre éditorial se trompe.                   | éditorial  | ARTICLE
        """)
    void findsTheKindOfPieceNamed(String text, String span, PieceKind kind) {
        assertThat(parse(text).ofType(KindCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Das ist meine Nr. 1 Priorität.",
                "Nehmen Sie die Linie 3 ab dem Bahnhof.",
                "C'est mon n° 1 absolu des priorités.",
                "Im Jahr 2019 brach der Betrieb zusammen.",
                "Une brève réponse suffit."
            })
    void leavesOutNumbersThatCiteNothing(String text) {
        assertThat(parse(text).ofType(IssueCue.class)).isEmpty();
    }
}
