package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Hashing;

/**
 * The plans this server made last, by what they were made from (the file's digest, its format
 * and the options). A plan depends on nothing else, so the preview, the start of the import and
 * the runner share one parse of a large export instead of making it three times (tens of
 * seconds each for 100,000 posts). The plans are held softly: under memory pressure, or after a
 * restart, the plan is simply made again from the file, which gives the same steps.
 */
@ApplicationScoped
class ImportPlans {

    /** A preview and a running job, or two admins' previews. */
    private static final int KEPT = 2;

    private record Made(String digest, ImportJob.Format format, ImportPlan.Options options) {}

    private final Map<Made, SoftReference<ImportPlan>> plans = new LinkedHashMap<>(4, 0.75f, true);
    private final Map<Long, SoftReference<ImportPlan>> jobs = new LinkedHashMap<>(4, 0.75f, true);

    ImportPlan plan(ImportJob.Format format, byte[] file, ImportPlan.Options options, long maxBytes)
            throws ImportProblem {
        Made made = new Made(Hashing.sha256(file), format, options);
        ImportPlan plan = kept(made);
        if (plan == null) {
            plan = ArchiveImport.plan(format, file, options, maxBytes);
            keep(made, plan);
        }
        return plan;
    }

    /** The plan a job was started with, so that the runner need not read the file back to find it. */
    void started(long job, ImportPlan plan) {
        keep(jobs, job, plan);
    }

    /** The plan of a job started on this server, unless it was let go since. */
    Optional<ImportPlan> ofJob(long job) {
        return Optional.ofNullable(kept(jobs, job));
    }

    private ImportPlan kept(Made made) {
        return kept(plans, made);
    }

    private void keep(Made made, ImportPlan plan) {
        keep(plans, made, plan);
    }

    private synchronized <K> ImportPlan kept(Map<K, SoftReference<ImportPlan>> kept, K key) {
        SoftReference<ImportPlan> plan = kept.get(key);
        return plan == null ? null : plan.get();
    }

    private synchronized <K> void keep(Map<K, SoftReference<ImportPlan>> kept, K key, ImportPlan plan) {
        kept.put(key, new SoftReference<>(plan));
        while (kept.size() > KEPT) {
            kept.remove(kept.keySet().iterator().next());
        }
    }
}
