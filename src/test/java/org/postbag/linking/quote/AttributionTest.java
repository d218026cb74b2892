package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postbag.linking.quote.Attribution.Kind;

/** The cues of the issue "attribution as writers really write it", one by one, through the finder. */
class AttributionTest {

    private final QuotationFinder finder = new QuotationFinder();

    private Attribution first(String letter) {
        return finder.find(letter).get(0).attribution();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "To quote Kropotkin:\\n\\n> Competition is the law of the jungle. | Kropotkin | To quote Kropotkin:",
                "Let us quote Rosa Luxemburg:\\n\\n\"Freedom is always the freedom of dissenters.\" | Rosa Luxemburg"
                        + " | Let us quote Rosa Luxemburg:",
                "As Keynes argued:\\n\\n> The difficulty lies in escaping from the old ones. | Keynes | As Keynes argued:",
                "Orwell put it well:\\n\\n\"In a time of deceit telling the truth is revolutionary.\" | Orwell"
                        + " | Orwell put it well:",
                "\"All animals are equal but some are more equal\" -- Orwell. | Orwell | -- Orwell",
                "\"In the long run we are all dead\" (Keynes, 1936). | Keynes | (Keynes, 1936)",
                "\"Good prose is like a windowpane,\" wrote Orwell. | Orwell | wrote Orwell",
                "He defends the principle of \"property is theft\" (Proudhon). | Proudhon | (Proudhon)",
                "(\"property is theft\" is the whole argument -- Proudhon) | Proudhon | -- Proudhon",
                "> Mutual aid is a factor of evolution.\\n> -- Kropotkin, Mutual Aid | Kropotkin | -- Kropotkin, Mutual Aid"
            })
    void readsCuesBeforeAfterAndAround(String letter, String name, String cue) {
        Attribution attribution = first(letter.replace("\\n", "\n"));

        assertThat(attribution.kind()).isEqualTo(Kind.PERSON);
        assertThat(attribution.name()).isEqualTo(name);
        assertThat(attribution.cue()).isEqualTo(cue);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "It recalls the Chartists' People's Charter and its \"equal representation for all\". | People's Charter",
                "Read the Communist Manifesto's \"all that is solid melts into air\". | Communist Manifesto",
                "Yet the council's own report says \"the council has no experience\". | the council's own report"
            })
    void namesDocuments(String letter, String document) {
        Attribution attribution = first(letter);

        assertThat(attribution.kind()).isEqualTo(Kind.DOCUMENT);
        assertThat(attribution.name()).endsWith(document);
    }

    @Test
    void aPronounRefersBackToThePersonNamedInItsParagraph() {
        Attribution attribution = first(
                "Kropotkin spent his life on the question. As he argued:\n\n> Mutual aid is as much a law as struggle.");

        assertThat(attribution.kind()).isEqualTo(Kind.PERSON);
        assertThat(attribution.name()).isEqualTo("Kropotkin");
        assertThat(attribution.referredBack()).isTrue();
    }

    @Test
    void theAnsweredAuthorsOtherWorkIsKeptApart() {
        assertThat(first("As she wrote in her book, \"the free library was the people's university\".")
                        .kind())
                .isEqualTo(Kind.OTHER_WORK);
        assertThat(first("It was the same speech in which he used the phrase \"a week is a long time\".")
                        .kind())
                .isEqualTo(Kind.OTHER_WORK);
    }

    @Test
    void aDenialDisownsTheWords() {
        assertThat(first("But she did not write that \"the council wants to close every branch\".")
                        .kind())
                .isEqualTo(Kind.DISOWNED);
    }

    @Test
    void aQuotationWithNoCueIsPresumedFromTheAnsweredPieces() {
        assertThat(first("I agree that \"public ownership is the floor\".")).isEqualTo(Attribution.presumed());
    }

    @Test
    void eachVerdictIsReachedWithTheArchive() {
        Source answered = new Source(
                "A-1",
                "Whose trams?",
                "Priya Natarajan",
                "Public ownership is the floor, not the" + " ceiling. A municipal operator answers to voters.");
        Source osei = new Source(
                "A-3",
                "The library question",
                "Margaret Osei",
                "Volunteers are not a library service."
                        + " A library is the only building in town where you can sit all afternoon.");
        String letter =
                "She says \"public ownership is the floor, not the ceiling\". She says \"public ownership is the"
                        + " roof, not the ceiling\". She says \"trams should be free for everybody at all times\". To quote"
                        + " Kropotkin: \"mutual aid is a factor of evolution\". I agree that \"volunteers are not a library"
                        + " service\". We want \"value for money\". As Ms Osei wrote, \"volunteers are not a proper library"
                        + " service\".";

        List<QuoteCheck> checks =
                new QuoteChecker().check(letter, List.of(answered), Archive.of(List.of(answered, osei)));

        assertThat(checks)
                .extracting(QuoteCheck::verdict)
                .containsExactly(
                        Verdict.VERIFIED,
                        Verdict.ALTERED,
                        Verdict.NOT_FOUND,
                        Verdict.ATTRIBUTED,
                        Verdict.FOUND_ELSEWHERE,
                        Verdict.TOO_SHORT,
                        Verdict.ALTERED);
        assertThat(checks.get(4).match().orElseThrow().sourceReference()).isEqualTo("A-3");
        assertThat(checks.get(6).checkedAgainst()).containsExactly("A-3");
    }
}
