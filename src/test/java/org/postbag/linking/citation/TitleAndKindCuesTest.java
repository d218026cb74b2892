package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleAndKindCuesTest {

    private final CitationParser parser = new CitationParser("Northern Review");

    private Citations parse(String text) {
        return parser.parse(text, LocalDate.of(2026, 9, 10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Your article "Whose trams?" was one-sided.           | Whose trams?
        The letter headed “Trams: who decides?” was fair.    | Trams: who decides?
        your editorial, ‘Fares fair’, missed the point       | Fares fair
        a column entitled "The Last Tram Home" moved me      | The Last Tram Home
        """)
    void trustsQuotedTitlesThatAWordIntroduces(String text, String phrase) {
        assertThat(parse(text).ofType(TitleCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.phrase()).isEqualTo(phrase);
            assertThat(cue.confidence()).isGreaterThanOrEqualTo(0.9);
        });
    }

    @Test
    void trustsTitleCaseMoreThanAPlainQuotation() {
        List<TitleCue> cues = parse("I loved \"The Case For Trams\" and \"it was all wrong.\"")
                .ofType(TitleCue.class);

        assertThat(cues).extracting(TitleCue::phrase).containsExactly("The Case For Trams", "it was all wrong");
        assertThat(cues.get(0).confidence()).isGreaterThan(cues.get(1).confidence());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "She says \"a co-operative answers to its members, and its members will never be the whole of the"
                        + " city.\"",
                "I don’t think Miles’ reply works, and it's not the first time.",
                "He wrote \"fares\n\nshould fall\" somewhere."
            })
    void leavesOutLongQuotationsApostrophesAndQuotesAcrossParagraphs(String text) {
        assertThat(parse(text).ofType(TitleCue.class)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Priya Natarajan's article was long.   | article  | ARTICLE | false | false
        Howard Miles' reply was short.        | reply    | LETTER  | false | false
        I read Mr Aldridge's answer twice.    | answer   | LETTER  | false | false
        Your editorial was wrong.             | editorial | ARTICLE | false | false
        It was in my letter last year.        | letter   | LETTER  | true  | false
        Tom Aldridge's last letter says so.   | letter   | LETTER  | false | true
        A fine correspondent (Letters, 4 May) | Letters  | LETTER  | false | false
        """)
    void findsTheKindOfPieceNamed(String text, String span, PieceKind kind, boolean own, boolean latest) {
        assertThat(parse(text).ofType(KindCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.kind()).isEqualTo(kind);
            assertThat(cue.writersOwn()).isEqualTo(own);
            assertThat(cue.latest()).isEqualTo(latest);
        });
    }

    @Test
    void replyToMyLetterMakesTheReplyTheTarget() {
        List<KindCue> kinds = parse("Howard Miles' reply to my letter (Socialist Review no. 249) is unfair.")
                .ofType(KindCue.class);

        assertThat(kinds).extracting(KindCue::kind).containsExactly(PieceKind.LETTER, PieceKind.LETTER);
        assertThat(kinds).extracting(KindCue::writersOwn).containsExactly(false, true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I reply that fares must fall.",
                "Who answers the telephone?",
                "The Northern Review printed nothing.",
                "We should review the figures."
            })
    void ignoresVerbsAndNames(String text) {
        assertThat(parse(text).ofType(KindCue.class)).isEmpty();
    }
}
