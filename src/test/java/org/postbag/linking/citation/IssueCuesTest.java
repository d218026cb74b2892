package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssueCuesTest {

    private final CitationParser parser = new CitationParser("Northern Review");

    private List<IssueCue> issues(String text) {
        return parser.parse(text, LocalDate.of(2026, 9, 10)).ofType(IssueCue.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Your article in no. 249 was wrong.                         | no. 249          | 249 | UNNAMED
        No 249 was a fine issue.                                   | No 249           | 249 | UNNAMED
        As number 249 showed, the council is slow.                 | number 249       | 249 | UNNAMED
        I have read every letter since issue 117.                  | issue 117        | 117 | UNNAMED
        See #117.                                                  | #117             | 117 | UNNAMED
        I agree with the last speaker (no. 117).                   | no. 117          | 117 | UNNAMED
        I liked your article on trams, no. 117.                    | no. 117          | 117 | UNNAMED
        Reading Number 120, I laughed.                             | Number 120       | 120 | UNNAMED
        in No.117 the editor wrote                                 | No.117           | 117 | UNNAMED
        the letters in issue no. 117 were                          | issue no. 117    | 117 | UNNAMED
        Tom Aldridge (Northern Review no. 118) is wrong.           | no. 118          | 118 | OWN
        NR 118 carried a fine letter.                              | NR 118           | 118 | OWN
        as Northern Review 118 made clear                          | Northern Review 118 | 118 | OWN
        Howard Miles' reply to my letter (Socialist Review no. 249) | no. 249         | 249 | OTHER
        In SR 249 Howard Miles replied.                            | SR 249           | 249 | OTHER
        """)
    void findsIssueNumbers(String text, String span, int number, MagazineMatch magazine) {
        assertThat(issues(text)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.number()).isEqualTo(number);
            assertThat(cue.magazineMatch()).isEqualTo(magazine);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "That is my no. 1 priority.",
                "No, I don't agree with a word of it.",
                "He was number one in the charts for weeks.",
                "May I say how much I enjoyed the debate?",
                "Take the number 3 bus from the station.",
                "I am your #1 fan.",
                "There were no 5-year plans in those days.",
                "In 2019 the franchise collapsed.",
                "The UK 2026 budget cut the grant.",
                "There was no 10 percent rise.",
                "We have had no 24-hour service since 2004.",
                "Covid-19 emptied the trams.",
                "the number 249 is large"
            })
    void ignoresNumbersThatAreNotIssues(String text) {
        assertThat(issues(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"issues 117 and 118", "Nos. 117, 118", "issues 117-118", "nos 117 to 118"})
    void findsListsAndRangesOfIssues(String text) {
        assertThat(issues(text)).extracting(IssueCue::number).containsExactlyInAnyOrder(117, 118);
    }

    @ParameterizedTest
    @CsvSource({"nos. 117-119, 3", "issues 117–120, 4", "issue 117-118, 2"})
    void expandsShortRanges(String text, int count) {
        assertThat(issues(text)).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        (Northern Review no. 118)  | (no. 118)
        (NR 118)                    | no. 118
        Northern Review no. 118     | issue 118
        issue 118                   | number 118
        """)
    void trustsTheMagazinesOwnNameAndBracketsMost(String stronger, String weaker) {
        assertThat(issues(stronger).get(0).confidence())
                .isGreaterThan(issues(weaker).get(0).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Observer no. 12 said so.", "Socialist Review no. 249", "in SR 249"})
    void marksAnotherMagazinesIssuesAsUnlikely(String text) {
        assertThat(issues(text)).singleElement().satisfies(cue -> {
            assertThat(cue.magazineMatch()).isEqualTo(MagazineMatch.OTHER);
            assertThat(cue.confidence()).isLessThan(0.5);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The New Review", "New Review"})
    void recognisesInitialsOfNamesWithThe(String magazine) {
        CitationParser newReview = new CitationParser(magazine);

        List<IssueCue> cues =
                newReview.parse("TNR 5 and NR 6", LocalDate.of(2026, 1, 1)).ofType(IssueCue.class);

        assertThat(cues)
                .extracting(IssueCue::magazineMatch)
                .containsOnly(magazine.startsWith("The") ? MagazineMatch.OWN : MagazineMatch.OTHER, MagazineMatch.OWN);
    }
}
