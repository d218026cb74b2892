package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postbag.archive.wxr.ImportPlan;

/** One parse of an export for its preview, its start and its runner; a different file or option is a new plan. */
class ImportPlansTest {

    private static final long MAX = Long.MAX_VALUE;

    private final ImportPlans plans = new ImportPlans();

    @Test
    void theSameFileWithTheSameOptionsIsPlannedOnce() throws Exception {
        ImportPlan.Options options = ImportPlan.Options.defaults();
        ImportPlan first = plans.plan(ImportJob.Format.WXR, GeneratedExport.of("once", 20, 1), options, MAX);
        ImportPlan again = plans.plan(ImportJob.Format.WXR, GeneratedExport.of("once", 20, 1), options, MAX);

        assertThat(again).isSameAs(first);
        assertThat(first.articles()).hasSize(20);
    }

    @Test
    void anotherFileOrOtherOptionsArePlannedAfresh() throws Exception {
        ImportPlan.Options options = ImportPlan.Options.defaults();
        ImportPlan plan = plans.plan(ImportJob.Format.WXR, GeneratedExport.of("a", 5, 1), options, MAX);

        assertThat(plans.plan(ImportJob.Format.WXR, GeneratedExport.of("b", 5, 1), options, MAX))
                .isNotSameAs(plan);
        assertThat(plans.plan(
                        ImportJob.Format.WXR,
                        GeneratedExport.of("a", 5, 1),
                        new ImportPlan.Options(ImportPlan.IssueSource.TAG, "issue", false),
                        MAX))
                .isNotSameAs(plan);
    }

    @Test
    void aJobStartedHereFindsThePlanItWasStartedWith() throws Exception {
        ImportPlan plan =
                plans.plan(ImportJob.Format.WXR, GeneratedExport.of("job", 3, 1), ImportPlan.Options.defaults(), MAX);
        plans.started(7, plan);

        assertThat(plans.ofJob(7)).containsSame(plan);
        assertThat(plans.ofJob(8)).isEmpty();
    }
}
