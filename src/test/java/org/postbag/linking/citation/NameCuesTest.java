package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameCuesTest {

    private final CitationParser parser = new CitationParser("Northern Review");

    private List<NameCue> names(String text) {
        return parser.parse(text, LocalDate.of(2026, 9, 10)).ofType(NameCue.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        I liked Priya Natarajan's article.                | Priya Natarajan's  | Priya   | natarajan    | -
        I enjoyed Howard Miles' reply to my letter.        | Howard Miles'      | Howard  | miles        | -
        I enjoyed Howard Miles’ reply to my letter.        | Howard Miles’      | Howard  | miles        | -
        As for Natarajan’s article, it was long.           | Natarajan’s        | -       | natarajan    | -
        Yet Natarajan's article was long.                  | Natarajan's        | -       | natarajan    | -
        Then Ms Natarajan objects.                         | Ms Natarajan       | -       | natarajan    | Ms
        Ms Natarajan is right.                             | Ms Natarajan       | -       | natarajan    | Ms
        I read Mr. Aldridge's answer.                      | Mr. Aldridge's     | -       | aldridge     | Mr
        I agree with Dr Margaret Osei.                     | Dr Margaret Osei   | Margaret | osei        | Dr
        Professor Smith-Jones has shown otherwise.         | Professor Smith-Jones | -    | smith-jones  | Professor
        I agree with Anne Smith-Jones.                     | Anne Smith-Jones   | Anne    | smith-jones  | -
        Maria de la Cruz argued the opposite.              | Maria de la Cruz   | Maria   | de la cruz   | -
        Yet Ms de la Cruz argued the opposite.             | Ms de la Cruz      | -       | de la cruz   | Ms
        I thank Pieter van der Berg for his letter.        | Pieter van der Berg | Pieter | van der berg | -
        As Mary O'Brien said, fares matter.                | Mary O'Brien       | Mary    | o'brien      | -
        As Zoë Brontë says, the lines matter.              | Zoë Brontë         | Zoë     | bronte       | -
        The critic J. K. Rowling disagreed.                | J. K. Rowling      | J       | rowling      | -
        "Quite so," said Tom Aldridge.                     | Tom Aldridge       | Tom     | aldridge     | -
        Tom Aldridge’s “last word” was not the last.       | Tom Aldridge’s     | Tom     | aldridge     | -
        Reading Priya Natarajan's article, I agreed.       | Priya Natarajan's  | Priya   | natarajan    | -
        Clearly Tom Aldridge has a point.                  | Tom Aldridge       | Tom     | aldridge     | -
        Her reply (no. 119) quoted Osei (no. 120).         | Osei               | -       | osei         | -
        """)
    void findsNames(String text, String span, String given, String surname, String honorific) {
        assertThat(names(text)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.givenName()).isEqualTo(given);
            assertThat(cue.surname()).isEqualTo(surname);
            assertThat(cue.honorific()).isEqualTo(honorific);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reading the exchange, I agree with neither side.",
                "The history of the Aire Valley lines suggests otherwise.",
                "I hope the Transport Committee reads this.",
                "Dear Sir, I write about trams.",
                "Public ownership is the floor, not the ceiling.",
                "Great article!!! Visit the site.",
                "I travel from Saltaire to Leeds twice a week.",
                "Northern Review is the best magazine in Yorkshire.",
                "It's a disgrace. Let's fix the lifts. What's more, nobody cares.",
                "On Monday the lifts failed again.",
                "Whoever runs the network, a co-operative would do worse.",
                "Thirty-odd years on the buses leave a man with a lot to say."
            })
    void ignoresCapitalisedWordsThatAreNoNames(String text) {
        assertThat(names(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Priya Natarajan and Tom Aldridge disagree. | natarajan,aldridge
        Mr Aldridge and I agree, as does Ms Natarajan. | aldridge,natarajan
        """)
    void findsSeveralNamesInOneSentence(String text, String surnames) {
        assertThat(names(text)).extracting(NameCue::surname).containsExactly(surnames.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Howard Miles' reply", "Natarajan's article", "Ms Natarajan's position"})
    void marksPossessives(String text) {
        assertThat(names(text)).singleElement().extracting(NameCue::possessive).isEqualTo(true);
    }
}
