package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionDetectorTest {

    private final AttributionDetector detector = new AttributionDetector();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "To quote Bakunin: | Bakunin",
                "The old line holds; as Lenin put it, | Lenin",
                "Trotsky argued: | Trotsky",
                "Nothing changes. In the words of Rosa Luxemburg, | Rosa Luxemburg",
                "Orwell wrote that | Orwell",
                "It is what Keynes called | Keynes",
                "Ms Natarajan writes that | Ms Natarajan",
                "Then Orwell wrote that | Orwell",
                "Mr. Aldridge says co-operatives | Mr. Aldridge",
                "As O'Brien said, | O'Brien",
                "According to Simone de Beauvoir, | Simone de Beauvoir",
                "Ms Natarajan objects that a co-operative's members | Ms Natarajan",
                "Priya Natarajan (Northern Review no. 117) once wrote that | Priya Natarajan",
                "Ms Natarajan's position, in her own words, is that | Ms Natarajan",
                "Orwell wrote a great deal. Today the council insists that | the council",
                "His critics, as ever, claim that | His critics",
                "The Chartists' People's Charter and its | The Chartists' People's Charter",
                "It was the Communist Manifesto's | Communist Manifesto",
                "Paine's Rights of Man says that | Paine's Rights of Man",
                "Beveridge's report named | Beveridge's report"
            })
    void findsTheNameBeforeTheQuotation(String textBefore, String name) {
        assertThat(detector.nameBefore(textBefore + " ")).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "As for money, she says co-operatives ",
                "Now she tells us that a council which lends the money ",
                "I said that a co-operative ",
                "Critics say ",
                "Orwell wrote a great deal. Today it insists that ",
                "Orwell wrote that the matter, which has been argued over for years in every committee room and public"
                        + " meeting of the valley without anyone ever settling it, is ",
                ""
            })
    void attributesNothingWithoutANameInTheSameSentence(String textBefore) {
        assertThat(detector.nameBefore(textBefore)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "First. Second | ' Second'",
                "Mr. Aldridge writes | Mr. Aldridge writes",
                "It was no. 117 in the list | It was no. 117 in the list",
                "Ended in 2019. Then | ' Then'",
                "J. K. Rowling wrote | J. K. Rowling wrote"
            })
    void aSentenceEndsAtAStopFollowedBySpaceAndACapitalButNotAfterAnAbbreviation(String text, String last) {
        assertThat(Sentences.lastSentence(text)).isEqualTo(last);
    }
}
