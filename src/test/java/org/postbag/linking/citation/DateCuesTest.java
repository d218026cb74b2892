package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateCuesTest {

    private final CitationParser parser = new CitationParser("Northern Review");

    private List<DateCue> dates(String text, LocalDate received) {
        return parser.parse(text, received).ofType(DateCue.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Your correspondent (Letters, 4 May) is wrong. | 2026-09-10 | 4 May            | 2026-05-04 | 2026-05-04
        as I wrote on 4 May, nothing changed          | 2026-09-10 | 4 May            | 2026-05-04 | 2026-05-04
        the letter of May 4 was unfair                | 2026-09-10 | May 4            | 2026-05-04 | 2026-05-04
        printed on 4th May 2026                       | 2026-09-10 | 4th May 2026     | 2026-05-04 | 2026-05-04
        the 4th of May letters were                   | 2026-09-10 | 4th of May       | 2026-05-04 | 2026-05-04
        the letter of Sept. 4, 2025                   | 2026-09-10 | Sept. 4, 2025    | 2025-09-04 | 2025-09-04
        your letters on 4 December                    | 2026-01-15 | 4 December       | 2025-12-04 | 2025-12-04
        in your June issue                            | 2026-09-10 | June issue       | 2026-06-01 | 2026-06-30
        the September issue said                      | 2026-09-10 | September issue  | 2026-09-01 | 2026-09-30
        your October issue came early                 | 2026-09-10 | October issue    | 2026-10-01 | 2026-10-31
        your December issue                           | 2026-01-15 | December issue   | 2025-12-01 | 2025-12-31
        the June 2025 issue                           | 2026-09-10 | June 2025 issue  | 2025-06-01 | 2025-06-30
        in the issue of June                          | 2026-09-10 | issue of June    | 2026-06-01 | 2026-06-30
        in last month's issue                         | 2026-09-10 | last month's issue | 2026-08-01 | 2026-08-31
        last month’s letter from Tom Aldridge         | 2026-09-10 | last month’s letter | 2026-08-01 | 2026-08-31
        Last week's editorial was wrong               | 2026-09-10 | Last week's editorial | 2026-08-27 | 2026-09-09
        """)
    void findsDatesAndResolvesThemAgainstTheReceivedDay(
            String text, LocalDate received, String span, LocalDate from, LocalDate to) {
        assertThat(dates(text, received)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.range()).isEqualTo(new DateRange(from, to));
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "May I say how much I enjoyed it?",
                "I may 4 times have written.",
                "In June the council decided nothing.",
                "31 June is not a day.",
                "The March for Trams was a success.",
                "In 2019 the franchise collapsed.",
                "we met in August and again in May"
            })
    void ignoresWhatIsNotADatedCitation(String text) {
        assertThat(dates(text, LocalDate.of(2026, 9, 10))).isEmpty();
    }

    @Test
    void trustsALettersPageCitationMoreThanABareDate() {
        LocalDate received = LocalDate.of(2026, 9, 10);

        double section = dates("(Letters, 4 May)", received).get(0).confidence();
        double bare = dates("on 4 May", received).get(0).confidence();

        assertThat(section).isGreaterThan(bare);
    }

    @Test
    void aRecentIssueIsARelativeRangeBeforeTheLetter() {
        assertThat(dates("As your last issue showed", LocalDate.of(2026, 9, 10)))
                .singleElement()
                .satisfies(cue -> {
                    assertThat(cue.relative()).isTrue();
                    assertThat(cue.range())
                            .isEqualTo(new DateRange(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 10)));
                });
    }

    @Test
    void aDateIsNeverTakenForAName() {
        Citations citations = parser.parse("On May 4 Priya Natarajan wrote", LocalDate.of(2026, 9, 10));

        assertThat(citations.surnames()).containsExactly("natarajan");
    }
}
