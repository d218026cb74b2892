package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * The classes of cue that a blind part of the corpus showed missing, each with sentences of its own (not the corpus's):
 * a described speaker after the quotation, a clause that names the source after it, a thing nobody signs, a document as
 * the subject of any verb, another occasion after a verb of saying, inverted denials, and the subject of a sentence
 * ending in a colon.
 */
class CueClassesTest {

    private final QuotationFinder finder = new QuotationFinder();

    private Attribution first(String letter) {
        return finder.find(letter.replace("\\n", "\n")).get(0).attribution();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A described speaker after the quotation, with a habitual verb of saying.
                "\"Never waste a good crisis,\" as the consultants love to say. | PERSON | the consultants",
                "\"Slow and steady wins,\" as my old foreman had it, and he was right. | PERSON | my old foreman",
                // A clause after the quotation that names who said it.
                "\"Not one more cut\" is what we shouted at the gates. | PERSON | the letter's writer",
                "\"Buses for all\" was the slogan on the first leaflet, and it worked. | PERSON | the slogan",
                // A thing nobody signs, right before the quotation.
                "Above the old union hall hung a banner, \"Unity is strength\", for years. | PERSON | a banner",
                "In the mining villages there was a saying: \"The pit takes the best of us.\" | PERSON | a saying",
                // A document as the subject of any verb, with a year.
                "The Housing Act 1988 entitles a tenant to \"a fair rent for the dwelling\". | DOCUMENT | Housing Act",
                // The owner of a position.
                "The inspector's finding was that \"the stairwell lights had failed\". | PERSON | The inspector",
                "Mrs Gaskell's advice still holds: \"Be patient with the slow.\" | PERSON | Mrs Gaskell",
                // Reported as the words of somebody else.
                "The Echo quoted the mayor as saying the depot \"will never close\". | PERSON | the mayor",
                // The answered author, described.
                "Your correspondent believes the canal \"should be drained by spring\". | ANSWERED | ''"
            })
    void readsTheSourceTheseCuesName(String letter, Kind kind, String name) {
        Attribution attribution = first(letter);

        assertThat(attribution.kind()).as(attribution.toString()).isEqualTo(kind);
        assertThat(attribution.name()).as(attribution.toString()).contains(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"The river is a road,\" Ms Holt wrote in 1998, long before the bridge. | Ms Holt",
                "\"Ships are slow,\" Ms Holt said ten years later, in Harbour Lights. | Ms Holt",
                "Ms Holt, in her preface of 2001, called it \"the quietest quay in England\". | Ms Holt",
                "As she wrote in her history of the docks, \"the quay was the town\". | ''"
            })
    void anotherOccasionOrWorkIsNotThePieceAnswered(String letter, String name) {
        Attribution attribution = first(letter);

        assertThat(attribution.kind()).as(attribution.toString()).isEqualTo(Kind.OTHER_WORK);
        assertThat(attribution.name()).contains(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nor does the leaflet say \"every stop will have a shelter\": that came later.",
                "Neither did Ms Holt write \"the quay must close\", whatever the Echo claims."
            })
    void anInvertedDenialDisownsTheWords(String letter) {
        assertThat(first(letter).kind()).isEqualTo(Kind.DISOWNED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A concessive clause names nobody: the words stay presumed from the answered piece.
                "And she is right, whatever the inspector says, that \"the lights had failed\".",
                // A description never runs through a verb: "her is the claim" is no speaker.
                "What I doubt in her is the claim that buses are \"always late, never early\"."
            })
    void aClauseThatIsNoCueLeavesTheWordsPresumed(String letter) {
        assertThat(first(letter).kind()).isEqualTo(Kind.PRESUMED);
    }
}
