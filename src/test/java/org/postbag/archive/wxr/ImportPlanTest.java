package org.postbag.archive.wxr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The WordPress export of the Northern Review, as the import would place it. */
class ImportPlanTest {

    static WxrFile fixture() throws Exception {
        try (InputStream in = ImportPlanTest.class.getResourceAsStream("/archive/northern-review.wordpress.xml")) {
            return new WxrReader(10 << 20).read(in);
        }
    }

    private static ImportPlan plan() throws Exception {
        return ImportPlan.of(fixture(), ImportPlan.Options.defaults());
    }

    @Test
    void issuesComeFromTheCategoriesWithTheirMonth() throws Exception {
        assertThat(plan().issues())
                .containsExactly(
                        new ImportPlan.PlannedIssue(117, "June 2026", LocalDate.of(2026, 6, 1)),
                        new ImportPlan.PlannedIssue(118, "July 2026", LocalDate.of(2026, 7, 1)),
                        new ImportPlan.PlannedIssue(119, "August 2026", LocalDate.of(2026, 8, 1)),
                        new ImportPlan.PlannedIssue(120, "September 2026", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void theArticleExportedTwiceIsOnePieceInItsIssue() throws Exception {
        List<ImportPlan.PlannedArticle> articles = plan().articles();
        assertThat(articles).hasSize(1);
        ImportPlan.PlannedArticle article = articles.get(0);
        assertThat(article.title()).isEqualTo("Whose trams? The case for a municipal operator");
        assertThat(article.author()).isEqualTo("Priya Natarajan");
        assertThat(article.issue()).isEqualTo(117);
        assertThat(article.url())
                .isEqualTo("http://127.0.0.1:8090/2026/06/01/whose-trams-the-case-for-a-municipal-operator/");
        assertThat(article.keys()).hasSize(2);
        assertThat(article.body()).startsWith("When the last private franchise").contains("\n\nSix years on");
    }

    @Test
    void everyLetterHasItsSignOffIssueAndPlaceInTheThread() throws Exception {
        ImportPlan plan = plan();
        Map<String, ImportPlan.PlannedLetter> byHeadline = plan.letters().stream()
                .collect(Collectors.toMap(ImportPlan.PlannedLetter::headline, Function.identity()));
        assertThat(plan.letters()).hasSize(4);
        ImportPlan.PlannedLetter cooperative = byHeadline.get("Trams: the co-operative alternative");
        ImportPlan.PlannedLetter whoDecides = byHeadline.get("Trams: who decides?");
        ImportPlan.PlannedLetter lastWord = byHeadline.get("Trams: the last word?");
        ImportPlan.PlannedLetter passengers = byHeadline.get("Trams: remember the passengers who cannot board");
        String article = plan.articles().get(0).key();

        assertThat(cooperative.signOff()).isEqualTo("Tom Aldridge, Halifax");
        assertThat(cooperative.issue()).isEqualTo(118);
        assertThat(cooperative.replyTo()).isEqualTo(article);
        assertThat(whoDecides.signOff()).isEqualTo("Priya Natarajan, Leeds");
        assertThat(whoDecides.issue()).isEqualTo(119);
        assertThat(whoDecides.replyTo()).isEqualTo(cooperative.key());
        assertThat(lastWord.issue()).isEqualTo(120);
        assertThat(lastWord.position()).isEqualTo(1);
        assertThat(lastWord.replyTo()).isEqualTo(whoDecides.key());
        assertThat(passengers.signOff()).isEqualTo("Margaret Osei, Bradford");
        assertThat(passengers.position()).isEqualTo(2);
        assertThat(passengers.replyTo()).isEqualTo(article);
    }

    @Test
    void aBlockQuotationIsAParagraphStartingWithAMark() throws Exception {
        ImportPlan.PlannedLetter lastWord = plan().letters().stream()
                .filter(l -> "Trams: the last word?".equals(l.headline()))
                .findFirst()
                .orElseThrow();
        assertThat(lastWord.body())
                .contains("back to her:\n\n> \"A municipal operator answers to voters;")
                .doesNotContain("Tom Aldridge, Halifax")
                .doesNotContain("<");
    }

    @Test
    void pagesAndDraftsArePassedOverAndRepeatsAreReported() throws Exception {
        ImportPlan plan = plan();
        assertThat(plan.passedOver())
                .anyMatch(line -> line.contains("Sample Page"))
                .anyMatch(line -> line.contains("Privacy Policy"));
        assertThat(plan.notes()).anyMatch(line -> line.contains("26 comment(s) repeat a letter"));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void aSecondPostWithTheSameGuidIsReportedAndNotImported() throws Exception {
        String xml;
        try (InputStream in = ImportPlanTest.class.getResourceAsStream("/archive/northern-review.wordpress.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = xml.indexOf("<item>", xml.indexOf("<wp:post_id>1000</wp:post_id>"));
        int end = xml.indexOf("</item>", start) + "</item>".length();
        String copy = xml.substring(start, end).replace("Whose trams? The case", "Another post, same GUID: the case");
        String twice = xml.substring(0, end) + copy + xml.substring(end);
        WxrFile file = new WxrReader(10 << 20)
                .read(new java.io.ByteArrayInputStream(twice.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ImportPlan plan = ImportPlan.of(file, ImportPlan.Options.defaults());
        assertThat(plan.problems())
                .singleElement()
                .asString()
                .contains("Another post, same GUID")
                .contains("has the same GUID as")
                .contains("only the first is imported");
        assertThat(plan.articles()).hasSize(1);
    }
}
