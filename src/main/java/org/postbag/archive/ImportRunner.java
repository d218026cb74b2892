package org.postbag.archive;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;

/**
 * Runs import jobs in the background, looking every few seconds for one that is running and
 * that no server is working on (a new one, or one left by a server that stopped). The plan is
 * made again from the file kept with the job, which gives the same steps, and the job goes on
 * from the first step not committed. A cancelled job stops at the end of its current batch.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    /**
     * Steps a transaction. Each commit costs a lock of the job, a key and an issue lookup, an
     * update of the job and a flush to disk; 500 steps take well under the {@link #ABANDONED}
     * time even on a loaded machine, and a cancel waits for at most one batch.
     */
    static final int BATCH = 500;

    /**
     * How often a running import announces what it published. Every announcement empties the
     * public page cache, so readers' pages are rendered again once after each; the pieces
     * themselves are searchable and citable from their batch's commit on.
     */
    static final Duration ANNOUNCE_EVERY = Duration.ofSeconds(5);

    /** A job not touched for this long was left by a server that stopped. */
    static final Duration ABANDONED = Duration.ofSeconds(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ImportSteps steps;

    @Inject
    private ImportPlans plans;

    @Inject
    private Clock clock;

    @Inject
    private StagedUploads stagedUploads;

    private final AtomicBoolean working = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void look() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            stagedUploads.sweep();
            runWaiting();
        } catch (RuntimeException failure) {
            // The database away for a moment: the job stays RUNNING and is looked at again.
            LOG.log(Level.WARNING, "Looking for import jobs failed; trying again shortly", failure);
        } finally {
            working.set(false);
        }
    }

    /** Runs every job waiting for a server, one after another; returns how many it took up. */
    public int runWaiting() {
        List<Long> waiting = em.createQuery(
                        "select j.id from ImportJob j where j.status = org.postbag.archive.ImportJob.Status.RUNNING"
                                + " order by j.startedAt",
                        Long.class)
                .getResultList();
        int taken = 0;
        for (long id : waiting) {
            ImportJob job = em.find(ImportJob.class, id);
            em.clear();
            if (job != null
                    && (job.doneSteps() == 0 && job.abandoned(clock.instant(), Duration.ZERO)
                            || job.abandoned(clock.instant(), ABANDONED))) {
                run(id);
                taken++;
            }
        }
        return taken;
    }

    private void run(long id) {
        ImportJob job = em.find(ImportJob.class, id);
        ImportPlan plan;
        try {
            plan = plans.ofJob(id).orElse(null);
            if (plan == null) {
                byte[] source = em.createQuery(
                                "select j.source.content from ImportJob j where j.id = :id", byte[].class)
                        .setParameter("id", id)
                        .getSingleResult();
                plan = plans.plan(job.format(), source, job.options(), Long.MAX_VALUE);
            }
        } catch (ImportProblem problem) {
            steps.fail(id, problem.getMessage());
            return;
        }
        int done = job.doneSteps();
        int total = Math.min(job.totalSteps(), plan.steps());
        em.clear();
        LOG.info(() -> "Import " + id + ": " + (done == 0 ? "starting" : "resuming at step " + done) + " of " + total);
        // A job resumed may follow batches whose changes its stopped server never announced.
        boolean unannounced = done > 0;
        Instant announced = clock.instant();
        try {
            for (int from = done; from < total; from += BATCH) {
                int to = Math.min(from + BATCH, total);
                boolean announce = to == total || !clock.instant().isBefore(announced.plus(ANNOUNCE_EVERY));
                Optional<ImportSteps.Counts> batch = steps.apply(
                        id,
                        plan,
                        from,
                        to,
                        !announce
                                ? ImportSteps.Announce.NOT_YET
                                : unannounced ? ImportSteps.Announce.ANYWAY : ImportSteps.Announce.IF_CHANGED);
                if (batch.isEmpty()) {
                    LOG.info(() -> "Import " + id + " stopped (cancelled, or taken up by another server)");
                    return;
                }
                if (announce) {
                    unannounced = false;
                    announced = clock.instant();
                } else {
                    unannounced |= batch.get().changedAnything();
                }
            }
            LOG.info(() -> "Import " + id + " finished");
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Import " + id + " failed", failure);
            steps.fail(
                    id,
                    "a step could not be saved (" + failure.getClass().getSimpleName()
                            + "); what was imported before it stays, and importing the file again goes on from there");
        }
    }
}
