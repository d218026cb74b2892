package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postbag.linking.quote.QuotationCorpus.CorpusLetter;
import org.postbag.linking.quote.QuotationCorpus.Label;
import org.postbag.linking.quote.QuotationCorpusTest.Measurement;

/**
 * The quotation checks measured on letters in German, French and Arabic typography and cues ({@code letters-de.txt},
 * {@code letters-fr.txt}, {@code letters-ar.txt}, each answering the pieces of its own {@code archive-<lang>.txt}).
 * The confusion tables are printed and written to {@code target/quotation-corpus-<lang>.md}.
 */
class QuotationCorpusInOtherLanguagesTest {

    private final QuoteChecker checker = new QuoteChecker();

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
        Measurement measurement = measure(language, archive, letters);

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

    private Measurement measure(String part, List<Source> archive, List<CorpusLetter> letters) throws IOException {
        Measurement measurement = new Measurement(part);
        Archive onFile = Archive.of(archive);
        for (CorpusLetter letter : letters) {
            List<Source> answered = archive.stream()
                    .filter(source -> letter.answers().contains(source.reference()))
                    .toList();
            assertThat(answered).as(letter.id() + " answers").hasSameSizeAs(letter.answers());
            List<Label> open = new ArrayList<>(letter.labels());
            for (QuoteCheck check : checker.check(letter.body(), answered, onFile)) {
                Label label = open.stream()
                        .filter(candidate -> candidate.matches(check.quotation().text()))
                        .findFirst()
                        .orElse(null);
                if (label == null) {
                    measurement
                            .unlabelled()
                            .add(letter.id() + ": " + check.quotation().text());
                    continue;
                }
                open.remove(label);
                measurement.count(letter, label, check);
            }
            open.forEach(label -> measurement.missed(letter, label));
        }
        Path target = Path.of("target", "quotation-corpus-" + part + ".md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, measurement.report());
        System.out.println(measurement.report());
        System.out.println(part + ", quotations found without a label: " + measurement.unlabelled());
        return measurement;
    }
}
