package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * The principle of evidence: words not found in the answered pieces are a misquote only when the letter gives them to
 * those pieces, by a cue or by naming no other source near them. And the cue classes the third blind part showed
 * missing, each with sentences of its own (not the corpus's).
 */
class EvidenceTest {

    private static final Source ANSWERED = new Source(
            "P-1", "The harbour must stay open", "Ruth Holt", "The harbour is the town. Close it and the town goes.");

    private final QuotationFinder finder = new QuotationFinder();
    private final QuoteChecker checker = new QuoteChecker();

    private Attribution first(String letter) {
        return finder.find(letter.replace("\\n", "\n")).get(0).attribution();
    }

    private Verdict verdict(String letter) {
        return checker.check(letter.replace("\\n", "\n"), List.of(ANSWERED))
                .get(0)
                .verdict();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Somebody else named in the sentence, the sentence before, or the paragraph that runs into a block.
                "My grandfather ran the ferry for forty years. \"A boat that waits is a boat that sinks\" was never far"
                        + " from his lips.",
                "The harbour trust's annual report for 1931 is blunt about it. \"No vessel shall be turned away for want"
                        + " of a berth\", and none was.",
                "The pilots' guild had its own view of the matter.\\n\\n> A pilot answers to the tide and to nobody"
                        + " else on earth.\\n\\nThey were right."
            })
    void wordsNotFoundWithAnotherSourceNamedNearAccuseNobody(String letter) {
        assertThat(first(letter).kind()).isEqualTo(Kind.NEARBY);
        assertThat(verdict(letter)).isEqualTo(Verdict.SOURCE_NOT_NAMED);
    }

    @Test
    void wordsNotFoundWithNothingElseNamedAreStillNotFound() {
        String letter =
                "The piece argues that \"the harbour pays for every school in the borough\", which it does not.";

        assertThat(verdict(letter)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void theAnsweredAuthorNamedNearIsEvidenceForHerPiece() {
        String letter = "Ms Holt is wrong about the money. \"Every ship pays twice over for the berth it uses.\"";

        assertThat(verdict(letter)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void aPronounWithNobodyToReferBackToIsTheAnsweredAuthor() {
        String letter = "Worse, she accuses the harbour board of \"selling the quay to the first bidder who asks\".";

        assertThat(verdict(letter)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void wordsCloseToTheAnsweredPieceAreStillAltered() {
        String letter = "The pilots' guild will not like it, but \"the harbour is the whole town\" is the point.";

        assertThat(verdict(letter)).isEqualTo(Verdict.ALTERED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The answered author's other works, named before the verb or after it.
                "In Tidewater, Ms Holt wrote that the quay \"belongs to whoever unloads it\". | OTHER_WORK",
                "Ms Holt also wrote, in the Harbour Almanac, that \"the tide owes nobody a living\". | OTHER_WORK",
                "In her book on the lighthouses, Ms Holt called them \"the last honest towers\". | OTHER_WORK",
                // A present-tense denial.
                "And the charter never says \"the quay is for sale\"; that is somebody else. | DISOWNED",
                // A proverb: nobody's words.
                "\"A calm sea never made a good sailor\", as they say, but nobody here asked for a storm. | PERSON",
                // A position of the person referred back to.
                "Her case that \"the pilots should all be retired\" I cannot accept. | PRESUMED"
            })
    void readsTheCueClassesTheThirdBlindPartMissed(String letter, Kind kind) {
        Attribution attribution = first(letter);

        assertThat(attribution.kind()).as(attribution.toString()).isEqualTo(kind);
        if (kind == Kind.PRESUMED) {
            assertThat(attribution.cue()).isNotEmpty();
        }
    }

    @Test
    void aBlockSignedInLowerCaseIsItsSigners() {
        assertRead(
                "> The tide waits for no committee.\n> -- the pilots’ newsletter, 1902",
                Kind.DOCUMENT,
                "the pilots’ newsletter");
    }

    @Test
    void aPronounReferringBackToAPersonDescribedIsTheirs() {
        assertRead(
                "My old skipper was a hard man. \"Rope is cheaper than regret\" -- that is how he ended every watch.",
                Kind.PERSON,
                "My old skipper");
    }

    @Test
    void aTitleAfterTheAndARelativeClauseAreNoOtherOccasion() {
        assertRead(
                "\"The sea keeps its own books,\" wrote the Reverend Amos Tull, who built the chapel in 1870.",
                Kind.PERSON,
                "Reverend Amos Tull");
    }

    private void assertRead(String letter, Kind kind, String name) {
        Attribution attribution = first(letter);

        assertThat(attribution.kind()).as(attribution.toString()).isEqualTo(kind);
        assertThat(attribution.name()).as(attribution.toString()).isEqualTo(name);
    }

    @Test
    void aLeadThatEndsOnADocumentGivesTheWordsToTheDocument() {
        Attribution attribution = first("Ms Holt's column put me in mind of the Harbour Charter, which the trust"
                + " published in 1890: \"No ship shall pay for the water it floats on.\"");

        assertThat(attribution.kind()).as(attribution.toString()).isEqualTo(Kind.DOCUMENT);
        assertThat(attribution.name()).contains("Harbour Charter");
    }
}
