package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The acceptance bar: in the sample debate, every reply's real target is the top suggestion. */
class TramDebateTest {

    private static final TramDebate DEBATE = TramDebate.load();

    private List<Suggestion> suggestionsFor(TramDebate.Piece letter) {
        CitationParser parser = new CitationParser(DEBATE.magazine);
        Citations citations = parser.parse(
                letter.body(), letter.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
        return new CitationRanker().rank(citations, letter.author(), letter.receivedAt(), DEBATE.candidatesFor(letter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L-118-aldridge", "L-119-natarajan", "L-120-aldridge", "L-120-osei", "P-mehta", "P-long"})
    void suggestsTheRealReplyTargetFirst(String key) {
        TramDebate.Piece letter = DEBATE.piece(key);

        List<Suggestion> suggestions = suggestionsFor(letter);

        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).reference()).isEqualTo(letter.replyTo().get(0));
        assertThat(suggestions.get(0).evidence()).isNotEmpty();
        if (suggestions.size() > 1) {
            assertThat(suggestions.get(0).confidence())
                    .isGreaterThan(suggestions.get(1).confidence());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-crossword", "P-spam"})
    void suggestsNothingForLettersThatAnswerNothing(String key) {
        assertThat(suggestionsFor(DEBATE.piece(key))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"L-118-aldridge", "L-119-natarajan", "L-120-aldridge", "L-120-osei", "P-mehta", "P-long"})
    void neverSuggestsAPiecePublishedAfterTheLetterArrived(String key) {
        TramDebate.Piece letter = DEBATE.piece(key);
        List<String> later = DEBATE.candidatesFor(letter).stream()
                .filter(candidate -> candidate.publishedAt().isAfter(letter.receivedAt()))
                .map(Candidate::reference)
                .toList();

        assertThat(suggestionsFor(letter)).extracting(Suggestion::reference).noneMatch(later::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L-118-aldridge", "L-119-natarajan", "L-120-aldridge", "L-120-osei", "P-mehta", "P-long"})
    void findsTheTargetsIssueAndAuthorAmongTheLookUpKeys(String key) {
        TramDebate.Piece letter = DEBATE.piece(key);
        TramDebate.Piece target = DEBATE.piece(letter.replyTo().get(0));
        Citations citations = new CitationParser(DEBATE.magazine)
                .parse(letter.body(), letter.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());

        assertThat(citations.issueNumbers()).contains(target.issue());
        assertThat(citations.surnames())
                .contains(PersonName.parse(target.author()).surname());
    }
}
