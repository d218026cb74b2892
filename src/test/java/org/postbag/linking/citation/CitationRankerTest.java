package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationRankerTest {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 9, 10);
    private static final Instant RECEIVED = RECEIVED_ON.atTime(10, 0).toInstant(ZoneOffset.UTC);
    private static final String WRITER = "Derek Holloway";

    private final CitationParser parser = new CitationParser("Northern Review");
    private final CitationRanker ranker = new CitationRanker();

    private static Candidate piece(String reference, PieceKind kind, String author, int issue) {
        LocalDate date = LocalDate.of(2026, 1, 1).plusMonths(issue - 112);
        return new Candidate(reference, kind, "Title of " + reference, author, issue, date, instant(date));
    }

    private static Candidate titled(String reference, String title, String author, int issue) {
        Candidate piece = piece(reference, PieceKind.ARTICLE, author, issue);
        return new Candidate(reference, piece.kind(), title, author, issue, piece.issueDate(), piece.publishedAt());
    }

    private static Candidate dated(String reference, PieceKind kind, String author, LocalDate date) {
        return new Candidate(reference, kind, null, author, null, date, instant(date));
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private List<Suggestion> rank(String text, Candidate... candidates) {
        return ranker.rank(parser.parse(text, RECEIVED_ON), WRITER, RECEIVED, List.of(candidates));
    }

    private static String top(List<Suggestion> suggestions) {
        return suggestions.get(0).reference();
    }

    private static double confidenceOf(String reference, List<Suggestion> suggestions) {
        Optional<Suggestion> found = suggestions.stream()
                .filter(suggestion -> suggestion.reference().equals(reference))
                .findFirst();
        return found.map(Suggestion::confidence).orElse(0.0);
    }

    @Test
    void neverSuggestsAPiecePublishedAfterTheLetterArrived() {
        Candidate later = new Candidate(
                "L-121-smith",
                PieceKind.LETTER,
                null,
                "Jane Smith",
                121,
                LocalDate.of(2026, 10, 1),
                RECEIVED.plusSeconds(1));

        assertThat(rank("Jane Smith (Northern Review no. 121) is right.", later))
                .isEmpty();
    }

    @Test
    void aPiecePublishedAtTheMomentTheLetterArrivedCounts() {
        Candidate same = new Candidate("L-1", PieceKind.LETTER, null, "Jane Smith", 121, null, RECEIVED);

        assertThat(rank("Jane Smith (no. 121) is right.", same))
                .extracting(Suggestion::reference)
                .containsExactly("L-1");
    }

    @Test
    void combinedEvidenceBeatsEitherAlone() {
        List<Suggestion> suggestions = rank(
                "I agree with Jane Smith (Northern Review no. 119).",
                piece("A-118-smith", PieceKind.ARTICLE, "Jane Smith", 118),
                piece("L-119-jones", PieceKind.LETTER, "Bob Jones", 119),
                piece("L-119-smith", PieceKind.LETTER, "Jane Smith", 119));

        assertThat(top(suggestions)).isEqualTo("L-119-smith");
        assertThat(suggestions.get(0).confidence())
                .isGreaterThan(2 * suggestions.get(1).confidence());
        assertThat(suggestions.get(0).evidence())
                .contains(
                        "\"Jane Smith\" matches the author Jane Smith",
                        "\"no. 119\" matches issue 119",
                        "\"Jane Smith\" and \"no. 119\" cited together");
    }

    @Test
    void cuesCloseTogetherCountMoreThanCuesFarApart() {
        Candidate target = piece("L-119-smith", PieceKind.LETTER, "Jane Smith", 119);
        Candidate other = piece("L-118-jones", PieceKind.LETTER, "Bob Jones", 118);

        double near =
                confidenceOf("L-119-smith", rank("Jane Smith in no. 119 and Bob Jones in no. 118.", target, other));
        double far = confidenceOf(
                "L-119-smith",
                rank(
                        "Jane Smith, whose views on fares I have long admired, wrote in no. 119; Bob Jones in no. 118.",
                        target,
                        other));

        assertThat(near).isGreaterThan(far);
    }

    @Test
    void theFirstCitationUsuallyNamesTheMainTarget() {
        String text = "Jane Smith's letter was right about fares.\n\nThere is much more to say about lifts, "
                + "stations, buses and the long wait at the depot every winter evening. Bob Jones's letter, on the "
                + "other hand, was right about timetables.";

        List<Suggestion> suggestions = rank(
                text,
                piece("L-119-jones", PieceKind.LETTER, "Bob Jones", 119),
                piece("L-119-smith", PieceKind.LETTER, "Jane Smith", 119));

        assertThat(top(suggestions)).isEqualTo("L-119-smith");
        assertThat(suggestions.get(0).evidence()).contains("first citation in the letter");
    }

    @Test
    void theKindNamedHelps() {
        Candidate article = piece("A-117-smith", PieceKind.ARTICLE, "Jane Smith", 117);
        Candidate letter = piece("L-119-smith", PieceKind.LETTER, "Jane Smith", 119);

        assertThat(top(rank("Jane Smith's article was wrong.", article, letter)))
                .isEqualTo("A-117-smith");
        assertThat(top(rank("Jane Smith's letter was wrong.", article, letter))).isEqualTo("L-119-smith");
    }

    @Test
    void anIssueOfSeveralPiecesSpreadsTheNumberUnlessANameSaysWhich() {
        Candidate osei = piece("L-120-osei", PieceKind.LETTER, "Margaret Osei", 120);
        Candidate aldridge = piece("L-120-aldridge", PieceKind.LETTER, "Tom Aldridge", 120);
        Candidate mehta = piece("L-120-mehta", PieceKind.LETTER, "Anil Mehta", 120);
        Candidate alone = piece("L-119-natarajan", PieceKind.LETTER, "Priya Natarajan", 119);

        double spread = confidenceOf("L-120-osei", rank("As no. 120 showed, lifts matter.", osei, aldridge, mehta));
        double single = confidenceOf("L-119-natarajan", rank("As no. 119 showed, lifts matter.", alone, osei));
        List<Suggestion> named = rank("As Osei (no. 120) showed, lifts matter.", osei, aldridge, mehta);

        assertThat(spread).isLessThan(single);
        assertThat(top(named)).isEqualTo("L-120-osei");
        assertThat(named.get(0).confidence()).isGreaterThan(spread);
        assertThat(named.get(1).evidence()).contains("\"no. 120\" matches issue 120 (one of 3 candidates it fits)");
    }

    @Test
    void theWritersOwnPieceIsAWeakTargetButStillAPossibleOne() {
        Candidate own = piece("L-117-holloway", PieceKind.LETTER, WRITER, 117);
        Candidate reply = piece("L-118-miles", PieceKind.LETTER, "Howard Miles", 118);

        List<Suggestion> suggestions =
                rank("Howard Miles' reply to my letter (Northern Review no. 117) misreads me.", own, reply);

        assertThat(suggestions).extracting(Suggestion::reference).containsExactly("L-118-miles", "L-117-holloway");
        assertThat(suggestions.get(1).evidence()).contains("written by the letter's own author, so a weak target");
    }

    @Test
    void anotherMagazinesIssueNumberCountsForLittle() {
        Candidate ours = piece("L-109-other", PieceKind.LETTER, "Ann Other", 109);

        double other = confidenceOf("L-109-other", rank("As Socialist Review no. 109 showed, fares matter.", ours));
        double bare = confidenceOf("L-109-other", rank("As no. 109 showed, fares matter.", ours));

        assertThat(other).isGreaterThan(0).isLessThan(bare / 2);
    }

    @Test
    void aLettersPageDateFavoursTheLettersOfThatIssue() {
        LocalDate may4 = LocalDate.of(2026, 5, 4);
        List<Suggestion> suggestions = rank(
                "Your correspondent (Letters, 4 May) has the fares wrong.",
                dated("A-0504", PieceKind.ARTICLE, "Ann Editor", may4),
                dated("L-0504", PieceKind.LETTER, "Bob Reader", may4),
                dated("L-0427", PieceKind.LETTER, "Cy Reader", may4.minusWeeks(1)));

        assertThat(top(suggestions)).isEqualTo("L-0504");
        assertThat(suggestions).extracting(Suggestion::reference).doesNotContain("L-0427");
        assertThat(suggestions.get(0).evidence())
                .contains("\"4 May\" matches the issue dated 2026-05-04 (one of 2 candidates it fits)");
    }

    @Test
    void aMonthNamesTheIssueOfThatMonth() {
        List<Suggestion> suggestions = rank(
                "Your June issue got the tram fares wrong.",
                dated("A-june", PieceKind.ARTICLE, "Ann Editor", LocalDate.of(2026, 6, 1)),
                dated("A-july", PieceKind.ARTICLE, "Ann Editor", LocalDate.of(2026, 7, 1)));

        assertThat(suggestions).extracting(Suggestion::reference).containsExactly("A-june");
    }

    @Test
    void aQuotedTitleFindsItsPiece() {
        List<Suggestion> suggestions = rank(
                "Your article \"Whose trams?\" ignored the passengers.",
                titled("A-117", "Whose trams? The case for a municipal operator", "Priya Natarajan", 117),
                titled("A-118", "Trams and buses", "Tom Aldridge", 118));

        assertThat(suggestions).extracting(Suggestion::reference).containsExactly("A-117");
        assertThat(suggestions.get(0).evidence())
                .contains("\"Whose trams?\" matches the title \"Whose trams? The case for a municipal operator\"");
    }

    @Test
    void aSingleQuotedWordDoesNotMatchATitle() {
        assertThat(rank("Your article on \"trams\" was long.", titled("A-118", "Trams and buses", "Tom Aldridge", 118)))
                .isEmpty();
    }

    @Test
    void theLastLetterOfAnAuthorIsTheirLatest() {
        List<Suggestion> suggestions = rank(
                "Tom Aldridge's last letter asks who holds the purse.",
                piece("L-118-aldridge", PieceKind.LETTER, "Tom Aldridge", 118),
                piece("L-120-aldridge", PieceKind.LETTER, "Tom Aldridge", 120));

        assertThat(top(suggestions)).isEqualTo("L-120-aldridge");
    }

    @Test
    void aStartingPointNamedWithSinceCountsLessThanTheLetterAnswered() {
        List<Suggestion> suggestions = rank(
                "I have read every letter since Jane Smith's article in issue 117, and I should like to add a view "
                        + "of my own. Bob Jones's letter (Northern Review no. 120) asks the right question.",
                piece("A-117-smith", PieceKind.ARTICLE, "Jane Smith", 117),
                piece("L-120-jones", PieceKind.LETTER, "Bob Jones", 120));

        assertThat(top(suggestions)).isEqualTo("L-120-jones");
    }

    @Test
    void aGivenNameThatDisagreesMakesANamesakeWeak() {
        List<Suggestion> suggestions = rank(
                "Peter Smith is wrong.",
                piece("L-1", PieceKind.LETTER, "Jane Smith", 118),
                piece("L-2", PieceKind.LETTER, "Peter Smith", 117));

        assertThat(top(suggestions)).isEqualTo("L-2");
        assertThat(suggestions.get(1).evidence()).anySatisfy(note -> assertThat(note)
                .startsWith("\"Peter Smith\" shares a surname with the author Jane Smith"));
    }

    @Test
    void matchesAuthorsWithHonorificsAccentsAndParticles() {
        List<Suggestion> suggestions = rank(
                "Ms de la Cruz and Mr Bronte disagree.",
                piece("L-1", PieceKind.LETTER, "Dr. María de la Cruz", 118),
                piece("L-2", PieceKind.LETTER, "Zoë Brontë", 117),
                piece("L-3", PieceKind.LETTER, "Ann Cruz", 117));

        assertThat(suggestions)
                .extracting(Suggestion::reference)
                .contains("L-1", "L-2")
                .doesNotContain("L-3");
    }

    @Test
    void suggestsNothingWithoutEvidence() {
        Candidate piece = piece("L-1", PieceKind.LETTER, "Jane Smith", 118);

        assertThat(rank("Trams should be free.", piece)).isEmpty();
        assertThat(rank("Bob Jones (no. 117) is right.", piece)).isEmpty();
        assertThat(ranker.rank(Citations.none(), WRITER, RECEIVED, List.of(piece)))
                .isEmpty();
        assertThat(rank("Jane Smith (no. 118) is right.")).isEmpty();
    }

    @Test
    void toleratesMissingAuthorsTitlesIssuesAndWriter() {
        Candidate unsigned =
                new Candidate("E-1", PieceKind.ARTICLE, null, null, 118, null, instant(RECEIVED_ON.minusDays(9)));

        List<Suggestion> suggestions = ranker.rank(
                parser.parse("Your editorial (no. 118) was wrong.", RECEIVED_ON), null, RECEIVED, List.of(unsigned));

        assertThat(suggestions).extracting(Suggestion::reference).containsExactly("E-1");
    }

    @Test
    void confidencesLieBetweenZeroAndOneBestFirst() {
        List<Suggestion> suggestions = rank(
                "Jane Smith (no. 119), Bob Jones (no. 118) and Ann Lee all wrote about trams; Ms Smith best.",
                piece("L-119-smith", PieceKind.LETTER, "Jane Smith", 119),
                piece("L-118-jones", PieceKind.LETTER, "Bob Jones", 118),
                piece("L-117-lee", PieceKind.LETTER, "Ann Lee", 117));

        assertThat(suggestions).hasSize(3);
        assertThat(suggestions)
                .extracting(Suggestion::confidence)
                .allSatisfy(confidence -> assertThat(confidence).isBetween(0.0, 1.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
