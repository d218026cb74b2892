package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postbag.linking.quote.QuotationCorpus.CorpusLetter;
import org.postbag.linking.quote.QuotationCorpusTest.Measurement;

/**
 * The quotation checks measured on letters in German, French and Arabic typography and cues ({@code letters-de.txt},
 * {@code letters-fr.txt}, {@code letters-ar.txt}, each answering the pieces of its own {@code archive-<lang>.txt}).
 * The confusion tables are printed and written to {@code target/quotation-corpus-<lang>.md}.
 */
class QuotationCorpusInOtherLanguagesTest {

    /**
     * German holds the English bar (95 % precision, 90 % recall). French and Arabic hold the recall but not yet the
     * precision: one false flag each comes from a word the writer cut out of an elision or a clitic ("qu'un" quoted as
     * "un", "فالأجرة" quoted as "الأجرة"), which the word matcher compares as different words (see
     * src/docs/quotation-checks.md); the test holds what holds today, so that a regression shows.
     */
    @ParameterizedTest
    @CsvSource({"de, 0.95", "fr, 0.88", "ar, 0.88"})
    void eachLanguageHoldsPrecisionAndRecall(String language, double minPrecision) throws IOException {
        List<Source> archive = QuotationCorpus.archive("archive-" + language + ".txt");
        List<CorpusLetter> letters = QuotationCorpus.letters("letters-" + language + ".txt");
        Measurement measurement = QuotationCorpusTest.measure(language, archive, letters);
        System.out.println(language + ", quotations found without a label: " + measurement.unlabelled());

        assertThat(letters).hasSizeGreaterThanOrEqualTo(8);
        assertThat(measurement.quotations()).isGreaterThanOrEqualTo(40);
        assertThat(measurement.unlabelled())
                .as("quotations found without a label")
                .isEmpty();
        assertThat(measurement.precision())
                .as("precision\n" + measurement.report())
                .isGreaterThanOrEqualTo(minPrecision);
        assertThat(measurement.recall())
                .as("recall\n" + measurement.report())
                .isGreaterThanOrEqualTo(QuotationCorpusTest.MIN_RECALL);
    }
}
