package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.archive.ImportedArchive.Imported;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Config;
import org.postbag.letter.LetterStatus;
import org.postbag.publishing.PieceSearch;
import org.postbag.publishing.PieceSummary;
import org.postbag.testing.Deployments;

/**
 * The Northern Review's WordPress export imported into a real database by the background job:
 * every letter in its place (issue, position, sign-off, the letter it answers), the same file
 * again changes nothing, an edited post updates its piece and keeps its links, and a bad file
 * writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveImportIT {

    private static final String SITE = "wp:http://127.0.0.1:8090/2026/";
    private static final String ARTICLE = SITE + "06/01/whose-trams-the-case-for-a-municipal-operator/";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(ArchiveImportIT.class);
    }

    @Inject
    ArchiveImport archiveImport;

    @Inject
    ImportedArchive archive;

    @Inject
    ImportSteps steps;

    @Inject
    PieceSearch pieceSearch;

    private static byte[] fixture() throws Exception {
        try (InputStream in = ArchiveImportIT.class.getResourceAsStream("/archive/northern-review.wordpress.xml")) {
            return in.readAllBytes();
        }
    }

    private ImportJob importAndWait(byte[] file) throws Exception {
        return importAndWait("northern-review.wordpress.xml", file);
    }

    private ImportJob importAndWait(String name, byte[] file) throws Exception {
        long id = archiveImport
                .start(name, file, ImportPlan.Options.defaults(), "Test admin")
                .id();
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> archiveImport.job(id).orElseThrow().status() != ImportJob.Status.RUNNING);
        ImportJob job = archiveImport.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJob.Status.FINISHED);
        assertThat(job.doneSteps()).isEqualTo(job.totalSteps());
        return job;
    }

    private Imported piece(String key) {
        return archive.bySourceKey(key).orElseThrow(() -> new AssertionError("nothing imported for " + key));
    }

    @Test
    void everyLetterIsInItsPlaceAndASecondImportChangesNothing() throws Exception {
        ImportJob first = importAndWait(fixture());
        assertThat(first.report()).contains("Sample Page").contains("repeat a letter");

        Imported article = piece(ARTICLE);
        assertThat(article.kind()).isEqualTo("ARTICLE");
        assertThat(article.issue()).isEqualTo(117);
        assertThat(article.signOff()).isEqualTo("Priya Natarajan");
        assertThat(piece("wp:http://127.0.0.1:8090/?p=1000").reference()).isEqualTo(article.reference());

        Imported cooperative = piece(SITE + "07/01/letters-issue-118/#letter-1");
        Imported whoDecides = piece(SITE + "08/01/letters-issue-119/#letter-1");
        Imported lastWord = piece(SITE + "09/01/letters-issue-120/#letter-1");
        Imported passengers = piece(SITE + "09/01/letters-issue-120/#letter-2");

        assertThat(cooperative.title()).isEqualTo("Trams: the co-operative alternative");
        assertThat(cooperative.signOff()).isEqualTo("Tom Aldridge, Halifax");
        assertThat(cooperative.issue()).isEqualTo(118);
        assertThat(cooperative.position()).isEqualTo(1);
        assertThat(cooperative.published()).isTrue();
        assertThat(cooperative.letterStatus()).isEqualTo(LetterStatus.PUBLISHED);
        assertThat(cooperative.answers()).containsExactly(article.reference());

        assertThat(whoDecides.signOff()).isEqualTo("Priya Natarajan, Leeds");
        assertThat(whoDecides.issue()).isEqualTo(119);
        assertThat(whoDecides.answers()).containsExactly(cooperative.reference());

        assertThat(lastWord.issue()).isEqualTo(120);
        assertThat(lastWord.position()).isEqualTo(1);
        assertThat(lastWord.answers()).containsExactly(whoDecides.reference());
        assertThat(lastWord.body()).contains("\n\n> \"A municipal operator answers to voters;");

        assertThat(passengers.signOff()).isEqualTo("Margaret Osei, Bradford");
        assertThat(passengers.position()).isEqualTo(2);
        assertThat(passengers.answers()).containsExactly(article.reference());

        // The comments that carried the same letters point at the same pieces.
        assertThat(piece(ARTICLE.replace("06/01/whose-trams-the-case-for-a-municipal-operator/", "")
                                        .replace(SITE, "wp:http://127.0.0.1:8090/?p=1000")
                                + "#comment-2")
                        .reference())
                .isEqualTo(whoDecides.reference());

        List<Long> before = archive.counts();
        ImportJob second = importAndWait(fixture());
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(archive.counts()).isEqualTo(before);

        byte[] edited = new String(fixture(), StandardCharsets.UTF_8)
                .replace(
                        "My point is that the ceiling is where the passengers live.",
                        "My point is that the ceiling is where the passengers ride.")
                .getBytes(StandardCharsets.UTF_8);
        ImportJob third = importAndWait(edited);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.created()).isZero();
        Imported revised = piece(SITE + "07/01/letters-issue-118/#letter-1");
        assertThat(revised.reference()).isEqualTo(cooperative.reference());
        assertThat(revised.body()).endsWith("where the passengers ride.");
        assertThat(piece(SITE + "08/01/letters-issue-119/#letter-1").answers())
                .containsExactly(cooperative.reference());
        assertThat(archive.counts()).isEqualTo(before);
    }

    @Test
    void aJobLeftByAServerThatStoppedResumesWhereItWas() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = GeneratedExport.of(run, 120, 4000 + new Random().nextInt(5000));
        ImportPlan plan = archiveImport.preview("generated.xml", file, ImportPlan.Options.defaults());
        assertThat(plan.steps()).isEqualTo(121);
        long id = archive.runningElsewhere("generated.xml", file, plan.steps());

        assertThat(steps.apply(id, plan, 0, 50, ImportSteps.Announce.IF_CHANGED))
                .isPresent();
        assertThat(archive.keysStartingWith("wp:https://generated.example/?run=" + run))
                .isEqualTo(50 - 1);
        archive.serverStopped(id);

        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> archiveImport.job(id).orElseThrow().status() != ImportJob.Status.RUNNING);
        ImportJob job = archiveImport.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJob.Status.FINISHED);
        assertThat(job.created()).isEqualTo(121);
        assertThat(job.unchanged()).isZero();
        assertThat(archive.keysStartingWith("wp:https://generated.example/?run=" + run))
                .isEqualTo(120);
        Imported last = piece("wp:https://generated.example/?run=" + run + "&p=120");
        assertThat(pieceSearch.search("Generated article " + run + " 120", 5))
                .extracting(PieceSummary::reference)
                .contains(last.reference());
    }

    @Test
    void aCancelledImportStopsAndKeepsWhatItImported() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = GeneratedExport.of(run, 5000, 4000 + new Random().nextInt(5000));
        long id = archiveImport
                .start("large.xml", file, ImportPlan.Options.defaults(), "Test admin")
                .id();
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> archiveImport.job(id).orElseThrow().doneSteps() > 0);
        archiveImport.cancel(id, "Test admin");

        ImportJob job = archiveImport.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJob.Status.CANCELLED);
        assertThat(job.doneSteps()).isLessThan(job.totalSteps());
        long kept = archive.keysStartingWith("wp:https://generated.example/?run=" + run);
        assertThat(kept).isEqualTo(job.doneSteps() - 1);
        // The runner looks every 3 seconds: nothing moves for longer than that.
        Awaitility.await()
                .pollInSameThread()
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8))
                .until(() -> archiveImport.job(id).orElseThrow().doneSteps() == job.doneSteps());
    }

    @Test
    void theDocumentedCsvSampleImportsWithItsReplyLinksAndOnlyOnce() throws Exception {
        byte[] sample;
        try (InputStream in = ArchiveImportIT.class.getResourceAsStream("/archive/archive-sample.csv")) {
            sample = in.readAllBytes();
        }
        importAndWait("archive-sample.csv", sample);
        Imported article = piece("rec:whose-trams");
        Imported letter = piece("rec:118-2");
        assertThat(letter.signOff()).isEqualTo("Margaret Osei, Bradford");
        assertThat(letter.issue()).isEqualTo(118);
        assertThat(letter.answers()).containsExactly(article.reference());
        List<Long> before = archive.counts();
        ImportJob again = importAndWait("archive-sample.csv", sample);
        assertThat(again.created()).isZero();
        assertThat(archive.counts()).isEqualTo(before);
    }

    @Test
    void aBadFileIsRefusedWithAReasonAndWritesNothing() throws Exception {
        byte[] whole = fixture();
        List<Long> before = archive.counts();
        int jobs = archiveImport.latest(1000).size();
        for (byte[] bad : List.of(
                Arrays.copyOf(whole, whole.length / 3),
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "not xml at all".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> archiveImport.start("bad.xml", bad, ImportPlan.Options.defaults(), "Test admin"))
                    .isInstanceOf(ImportProblem.class)
                    .hasMessageContaining("Nothing was imported");
        }
        assertThat(archiveImport.latest(1000)).hasSize(jobs);
        assertThat(archive.counts()).isEqualTo(before);
    }

    @Test
    void anExportCopiedIntoTheImportFolderImportsLikeAnUploadAndNothingOutsideItCanBeRead() throws Exception {
        Path root = Files.createTempDirectory("postbag-import");
        Path folder = Files.createDirectory(root.resolve("imports"));
        Files.write(folder.resolve("northern-review.wordpress.xml"), fixture());
        Files.write(root.resolve("outside.xml"), fixture());
        Files.createSymbolicLink(folder.resolve("link-out.xml"), root.resolve("outside.xml"));
        int jobs = archiveImport.latest(1000).size();

        try (var missing = Config.Overrides.forThisThread(
                "POSTBAG_IMPORT_DIR", root.resolve("missing").toString())) {
            assertThat(archiveImport.folderFiles()).isEmpty();
            assertThatThrownBy(() -> archiveImport.startFromFolder(
                            "northern-review.wordpress.xml", ImportPlan.Options.defaults(), "Test admin"))
                    .isInstanceOf(ImportProblem.class)
                    .hasMessageContaining("does not exist on the server");
        }
        try (var set = Config.Overrides.forThisThread("POSTBAG_IMPORT_DIR", folder.toString())) {
            assertThat(archiveImport.folderFiles())
                    .extracting(ImportFolder.ServerFile::name)
                    .containsExactly("northern-review.wordpress.xml");
            assertThat(archiveImport.folderFiles().get(0).size()).isEqualTo(fixture().length);

            for (String escape :
                    List.of("../outside.xml", root.resolve("outside.xml").toString(), "link-out.xml", "../imports")) {
                assertThatThrownBy(() ->
                                archiveImport.startFromFolder(escape, ImportPlan.Options.defaults(), "Test admin"))
                        .as(escape)
                        .isInstanceOf(ImportProblem.class)
                        .hasMessageContaining("is not a file in the import folder");
            }
            try (var small = Config.Overrides.forThisThread("POSTBAG_IMPORT_MAX_BYTES", "1000")) {
                assertThatThrownBy(() -> archiveImport.previewFromFolder(
                                "northern-review.wordpress.xml", ImportPlan.Options.defaults()))
                        .isInstanceOf(ImportProblem.class)
                        .hasMessageContaining("larger than");
            }
            assertThat(archiveImport.latest(1000)).hasSize(jobs);

            ImportPlan preview =
                    archiveImport.previewFromFolder("northern-review.wordpress.xml", ImportPlan.Options.defaults());
            ImportPlan uploaded =
                    archiveImport.preview("northern-review.wordpress.xml", fixture(), ImportPlan.Options.defaults());
            assertThat(preview.steps()).isEqualTo(uploaded.steps());
            assertThat(preview.letters()).hasSize(4);

            long id = archiveImport
                    .startFromFolder("northern-review.wordpress.xml", ImportPlan.Options.defaults(), "Test admin")
                    .id();
            Awaitility.await()
                    .pollInSameThread()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> archiveImport.job(id).orElseThrow().status() != ImportJob.Status.RUNNING);
            ImportJob job = archiveImport.job(id).orElseThrow();
            assertThat(job.status()).isEqualTo(ImportJob.Status.FINISHED);
            assertThat(job.fileName()).isEqualTo("northern-review.wordpress.xml");
            assertThat(job.totalSteps()).isEqualTo(uploaded.steps());
            assertThat(job.doneSteps()).isEqualTo(job.totalSteps());
            assertThat(job.report()).contains("Sample Page");
            assertThat(piece(SITE + "09/01/letters-issue-120/#letter-2").signOff())
                    .isEqualTo("Margaret Osei, Bradford");
        }
    }
}
