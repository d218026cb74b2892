package org.postbag.archive.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;

/** The documented samples (src/docs) read as the same archive from CSV and from JSON. */
class RecordsTest {

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/docs", name));
    }

    @Test
    void theCsvAndJsonSamplesAreTheSameArchive() throws Exception {
        ImportPlan csv = Records.csv(sample("archive-sample.csv"));
        ImportPlan json = Records.json(sample("archive-sample.json"));
        assertThat(csv.problems()).isEmpty();
        assertThat(json.problems()).isEmpty();
        assertThat(csv.issues()).isEqualTo(json.issues()).hasSize(2);
        assertThat(csv.articles()).isEqualTo(json.articles()).hasSize(1);
        assertThat(csv.letters())
                .extracting(ImportPlan.PlannedLetter::hash)
                .isEqualTo(json.letters().stream()
                        .map(ImportPlan.PlannedLetter::hash)
                        .toList());
        ImportPlan.PlannedLetter second = csv.letters().get(1);
        assertThat(second.signOff()).isEqualTo("Margaret Osei, Bradford");
        assertThat(second.replyTo()).isEqualTo("rec:whose-trams");
        assertThat(csv.letters().get(0).body()).contains("\n\n> \"A municipal operator");
    }

    @Test
    void rowsThatCannotBePlacedAreReportedByLine() throws Exception {
        String csv = "type,key,issue,title,author,date,text\n"
                + "letter,a,999,Headline,Ann Lee,2026-01-01,Text\n"
                + "letter,,,Headline,Ann Lee,2026-01-01,Text\n"
                + "letter,b,,Headline,Ann Lee,2026-01-01,Text\n"
                + "letter,b,,Headline,Ann Lee,2026-01-01,Text\n";
        ImportPlan plan = Records.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(plan.letters()).hasSize(1);
        assertThat(plan.problems()).hasSize(3).anyMatch(line -> line.contains("issue 999 is not in the file"));
    }

    @Test
    void aFileOfAnotherLayoutIsRefused() {
        assertThatThrownBy(() -> Records.csv("name,email\nAnn,ann@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> Records.json("[1,2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("Nothing was imported");
    }
}
