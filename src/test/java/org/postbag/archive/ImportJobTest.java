package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.postbag.archive.wxr.ImportPlan;

/** A job's life: steps counted as they commit, left by a stopped server, cancelled, estimated. */
class ImportJobTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    private static ImportJob job(int steps) {
        return new ImportJob("export.xml", new byte[] {1}, ImportPlan.Options.defaults(), steps, "", "Admin", START);
    }

    @Test
    void aNewJobIsTakenUpAtOnceAndARunningOneOnlyWhenItsServerIsSilent() {
        ImportJob job = job(100);
        assertThat(job.abandoned(START, Duration.ZERO)).isTrue();
        job.advance(50, 50, 0, 0, START.plusSeconds(10));
        assertThat(job.abandoned(START.plusSeconds(20), ImportRunner.ABANDONED)).isFalse();
        assertThat(job.abandoned(START.plusSeconds(41), ImportRunner.ABANDONED)).isTrue();
    }

    @Test
    void theEstimateGoesByThePaceSoFarAndTheLastBatchFinishes() {
        ImportJob job = job(100);
        assertThat(job.estimate(START)).isEmpty();
        job.advance(25, 25, 0, 0, START.plusSeconds(10));
        assertThat(job.estimate(START.plusSeconds(10))).contains(Duration.ofSeconds(30));
        job.advance(75, 70, 3, 2, START.plusSeconds(40));
        assertThat(job.status()).isEqualTo(ImportJob.Status.FINISHED);
        assertThat(job.created()).isEqualTo(95);
        assertThat(job.estimate(START.plusSeconds(40))).isEmpty();
    }

    @Test
    void aCancelledJobTakesNoMoreSteps() {
        ImportJob job = job(100);
        job.cancel(START.plusSeconds(5));
        assertThat(job.status()).isEqualTo(ImportJob.Status.CANCELLED);
        assertThat(job.abandoned(START.plusSeconds(600), ImportRunner.ABANDONED))
                .isFalse();
        assertThatThrownBy(() -> job.advance(10, 10, 0, 0, START.plusSeconds(6)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFormatComesFromTheFileName() {
        assertThat(ImportJob.Format.of("Archive.CSV")).isEqualTo(ImportJob.Format.CSV);
        assertThat(ImportJob.Format.of("letters.json")).isEqualTo(ImportJob.Format.JSON);
        assertThat(ImportJob.Format.of("northern-review.wordpress.xml")).isEqualTo(ImportJob.Format.WXR);
    }
}
