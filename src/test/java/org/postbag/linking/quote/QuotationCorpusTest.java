package org.postbag.linking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.postbag.linking.quote.QuotationCorpus.CorpusLetter;
import org.postbag.linking.quote.QuotationCorpus.Label;

/**
 * Measures the quotation checks on the labelled corpus: of the quotations flagged (altered or not found), how many are
 * real misquotes (precision), and how many of the real misquotes are flagged (recall). Each part of the corpus must
 * hold both figures; the confusion table of each run is written to {@code target/quotation-corpus-*.md}.
 */
class QuotationCorpusTest {

    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;

    private final List<Source> archive = QuotationCorpus.archive();

    @Test
    void theTuningPartHoldsPrecisionAndRecall() throws IOException {
        assertHolds(measure("tuning", QuotationCorpus.letters("letters-tuning.txt")));
    }

    @Test
    void theHeldOutPartHoldsPrecisionAndRecall() throws IOException {
        assertHolds(measure("held-out", QuotationCorpus.letters("letters-held-out.txt")));
    }

    @Test
    void theSecondHeldOutPartHoldsPrecisionAndRecall() throws IOException {
        assertHolds(measure("held-out-2", QuotationCorpus.letters("letters-held-out-2.txt")));
    }

    /**
     * The third held-out part was written without reading the model and measured blind, then (after the fourth part)
     * once more untouched; it has since been used for tuning, so it is spent as a measurement and held to the bar with
     * the others.
     */
    @Test
    void theThirdHeldOutPartHoldsPrecisionAndRecall() throws IOException {
        List<CorpusLetter> letters = QuotationCorpus.letters("letters-held-out-3.txt");
        Measurement measurement = measure("held-out-3", letters);

        assertThat(letters).hasSize(20);
        assertThat(measurement.quotations()).isEqualTo(110);
        assertHolds(measurement);
    }

    /**
     * The fourth held-out part was written blind, like the third, and measured once before any tuning (those figures are
     * in {@code src/docs/quotation-checks.md}); the model was then improved by classes of error it showed, so it now
     * holds both figures like the parts seen before it.
     */
    @Test
    void theFourthHeldOutPartHoldsPrecisionAndRecall() throws IOException {
        List<CorpusLetter> letters = QuotationCorpus.letters("letters-held-out-4.txt");
        Measurement measurement = measure("held-out-4", letters);

        assertThat(letters).hasSize(45);
        assertThat(measurement.quotations()).isEqualTo(221);
        assertHolds(measurement);
    }

    /**
     * The fifth held-out part was written blind by someone who never read the model, after held-out-3 was spent, and is a
     * measurement, not a target, like the third was: the test prints its figures and confusion table (also to {@code
     * target/quotation-corpus-held-out-5.md}) and asserts only that the part loads whole.
     */
    @Test
    void theFifthHeldOutPartIsMeasured() throws IOException {
        List<CorpusLetter> letters = QuotationCorpus.letters("letters-held-out-5.txt");
        Measurement measurement = measure("held-out-5", letters);
        System.out.println("held-out-5, quotations found without a label: " + measurement.unlabelled());

        assertThat(letters).hasSize(30);
        assertThat(measurement.quotations()).isGreaterThanOrEqualTo(160);
    }

    @Test
    void theWholeCorpusIsLargeEnoughAndHoldsBoth() throws IOException {
        List<CorpusLetter> letters = new ArrayList<>(QuotationCorpus.letters("letters-tuning.txt"));
        letters.addAll(QuotationCorpus.letters("letters-held-out.txt"));
        letters.addAll(QuotationCorpus.letters("letters-held-out-2.txt"));
        letters.addAll(QuotationCorpus.letters("letters-held-out-3.txt"));
        letters.addAll(QuotationCorpus.letters("letters-held-out-4.txt"));
        Measurement whole = measure("whole", letters);

        assertThat(letters).hasSizeGreaterThanOrEqualTo(40);
        assertThat(whole.quotations()).isGreaterThanOrEqualTo(300);
        assertHolds(whole);
    }

    private static void assertHolds(Measurement measurement) {
        assertThat(measurement.unlabelled())
                .as("quotations found without a label")
                .isEmpty();
        assertThat(measurement.precision())
                .as("precision\n" + measurement.report())
                .isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(measurement.recall()).as("recall\n" + measurement.report()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private Measurement measure(String part, List<CorpusLetter> letters) throws IOException {
        return measure(part, archive, letters);
    }

    /**
     * Runs the checks on every letter of a part against its archive, matches each quotation found to its label, and
     * writes the part's table to {@code target/quotation-corpus-<part>.md} and the output.
     */
    static Measurement measure(String part, List<Source> archive, List<CorpusLetter> letters) throws IOException {
        QuoteChecker checker = new QuoteChecker();
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
        return measurement;
    }

    /** Counts per true class and verdict, and the figures. */
    static final class Measurement {

        private final String part;
        private final Map<String, Map<Verdict, Integer>> table = new LinkedHashMap<>();
        private final Map<String, Integer> missed = new LinkedHashMap<>();
        private final List<String> unlabelled = new ArrayList<>();
        private final List<String> wrong = new ArrayList<>();
        private final List<String> unverified = new ArrayList<>();
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int quotations;

        Measurement(String part) {
            this.part = part;
            for (String row : List.of(
                    "piece it answers", "piece elsewhere in the archive", "real misquote", "someone else", "slogan")) {
                table.put(row, new EnumMap<>(Verdict.class));
                missed.put(row, 0);
            }
        }

        void count(CorpusLetter letter, Label label, QuoteCheck check) {
            quotations++;
            table.get(row(letter, label)).merge(check.verdict(), 1, Integer::sum);
            boolean flagged = check.verdict().isMisquote();
            if (label.kind() == QuotationCorpus.Kind.PIECE
                    && letter.answers().contains(label.source())
                    && check.verdict() != Verdict.VERIFIED) {
                unverified.add(check.verdict() + ": " + letter.id() + " \""
                        + check.quotation().text() + "\" (" + check.quotation().attribution() + ")");
            }
            if (flagged && label.isMisquote()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                wrong.add("flagged " + check.verdict() + " but " + label.kind() + ": " + letter.id() + " \""
                        + check.quotation().text() + "\" (" + check.quotation().attribution() + ")");
            } else if (label.isMisquote()) {
                falseNegatives++;
                wrong.add("missed misquote, " + check.verdict() + ": " + letter.id() + " \""
                        + check.quotation().text() + "\" (" + check.quotation().attribution() + ")");
            }
        }

        void missed(CorpusLetter letter, Label label) {
            quotations++;
            missed.merge(row(letter, label), 1, Integer::sum);
            if (label.isMisquote()) {
                falseNegatives++;
            }
            wrong.add("no quotation found for label: " + letter.id() + " " + label);
        }

        private static String row(CorpusLetter letter, Label label) {
            return switch (label.kind()) {
                case PIECE ->
                    letter.answers().contains(label.source()) ? "piece it answers" : "piece elsewhere in the archive";
                case MISQUOTE -> "real misquote";
                case OTHER -> "someone else";
                case SLOGAN -> "slogan";
            };
        }

        int quotations() {
            return quotations;
        }

        List<String> unlabelled() {
            return unlabelled;
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        String report() {
            StringBuilder out = new StringBuilder();
            out.append("## Corpus part: ").append(part).append("\n\n");
            out.append(String.format(
                    "%d quotations; flagged and real misquotes %d, flagged but not misquotes %d, misquotes not"
                            + " flagged %d.%nPrecision %.1f%%, recall %.1f%%.%n%n",
                    quotations, truePositives, falsePositives, falseNegatives, 100 * precision(), 100 * recall()));
            out.append("| true source \\ verdict |");
            for (Verdict verdict : Verdict.values()) {
                out.append(' ')
                        .append(verdict.name().toLowerCase().replace('_', ' '))
                        .append(" |");
            }
            out.append(" not found as a quotation |\n|---|");
            out.append("---|".repeat(Verdict.values().length + 1)).append('\n');
            table.forEach((row, counts) -> {
                out.append("| ").append(row).append(" |");
                for (Verdict verdict : Verdict.values()) {
                    out.append(' ').append(counts.getOrDefault(verdict, 0)).append(" |");
                }
                out.append(' ').append(missed.get(row)).append(" |\n");
            });
            Set<String> details = wrong.stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            if (!details.isEmpty()) {
                out.append("\nWhere the checks and the labels disagree on flagging:\n\n");
                details.forEach(line -> out.append("- ").append(line).append('\n'));
            }
            if (!unverified.isEmpty()) {
                out.append("\nQuotations of the pieces answered that were not verified (never flagged):\n\n");
                unverified.forEach(line -> out.append("- ").append(line).append('\n'));
            }
            return out.toString();
        }
    }
}
