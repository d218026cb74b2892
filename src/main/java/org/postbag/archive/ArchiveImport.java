package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postbag.archive.records.Records;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.archive.wxr.WxrReader;
import org.postbag.house.AdminEvents;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.PublicationState;

/**
 * What an admin does with an archive file: looks at what it would become (the preview), starts
 * the import as a background job, follows it and cancels it. Nothing is written until the
 * admin has seen the preview and started the import, and a file that cannot be read writes
 * nothing at all.
 */
@ApplicationScoped
public class ArchiveImport {

    /** The largest file an import reads, unless POSTBAG_IMPORT_MAX_BYTES says otherwise. */
    static final int DEFAULT_MAX_BYTES = 64 << 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Inject
    private AdminEvents adminEvents;

    @Inject
    private ImportFolder folder;

    @Inject
    private StagedUploads staged;

    @Inject
    private ImportPlans plans;

    @Inject
    private PublicationState publicationState;

    public long maxBytes() {
        return config.integer("POSTBAG_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES);
    }

    /** What the file would become with these options; an ImportProblem if it cannot be read. */
    public ImportPlan preview(String fileName, byte[] file, ImportPlan.Options options) throws ImportProblem {
        if (file.length > maxBytes()) {
            throw new ImportProblem("The file is larger than the " + (maxBytes() >> 20)
                    + " MB an import may be. Nothing was imported.");
        }
        return plans.plan(ImportJob.Format.of(fileName), file, options, maxBytes());
    }

    /** The same for a file in the import folder on the server (POSTBAG_IMPORT_DIR). */
    public ImportPlan previewFromFolder(String name, ImportPlan.Options options) throws ImportProblem {
        return preview(name, folder.read(name, maxBytes()), options);
    }

    /** The same for an export sent in parts from the browser ({@link StagedUploads}). */
    public ImportPlan previewStaged(String owner, String upload, ImportPlan.Options options) throws ImportProblem {
        return preview(staged.complete(owner, upload).orElse(""), staged.read(owner, upload), options);
    }

    static ImportPlan plan(ImportJob.Format format, byte[] file, ImportPlan.Options options, long maxBytes)
            throws ImportProblem {
        return switch (format) {
            case CSV -> Records.csv(file);
            case JSON -> Records.json(file);
            case WXR -> ImportPlan.of(new WxrReader(maxBytes).read(new ByteArrayInputStream(file)), options);
        };
    }

    /** Starts the import in the background; the report begins with what the preview said. */
    @Transactional
    public ImportJob start(String fileName, byte[] file, ImportPlan.Options options, String admin)
            throws ImportProblem {
        ImportPlan plan = preview(fileName, file, options);
        List<String> report = new ArrayList<>();
        plan.problems().forEach(line -> report.add("Not placed: " + line));
        plan.notes().forEach(line -> report.add("Note: " + line));
        plan.passedOver().forEach(line -> report.add("Passed over: " + line));
        String name = fileName == null || fileName.isBlank() ? "export.xml" : fileName.strip();
        ImportJob job =
                new ImportJob(name, file, options, plan.steps(), String.join("\n", report), admin, clock.instant());
        em.persist(job);
        plans.started(job.id(), plan);
        adminEvents.record(
                admin,
                "import started",
                name,
                plan.articles().size() + " articles, " + plan.letters().size() + " letters, "
                        + plan.issues().size() + " issues");
        return job;
    }

    /** Starts the import of a file in the import folder, read now and kept with the job. */
    @Transactional
    public ImportJob startFromFolder(String name, ImportPlan.Options options, String admin) throws ImportProblem {
        return start(name, folder.read(name, maxBytes()), options, admin);
    }

    /** Starts the import of an export sent in parts; the parts are deleted once the job has the file. */
    @Transactional
    public ImportJob startStaged(String owner, String upload, ImportPlan.Options options, String admin)
            throws ImportProblem {
        ImportJob job = start(staged.complete(owner, upload).orElse(""), staged.read(owner, upload), options, admin);
        staged.forget(upload);
        return job;
    }

    /** The files an admin may import from the server; empty when no import folder is set. */
    public List<ImportFolder.ServerFile> folderFiles() {
        return folder.files();
    }

    public boolean folderConfigured() {
        return folder.configured();
    }

    @Transactional
    public void cancel(long id, String admin) {
        // Locked, so that a cancel waits for the batch running now and sees its counts.
        Optional.ofNullable(em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(job -> {
                    if (job.status() == ImportJob.Status.RUNNING) {
                        job.cancel(clock.instant());
                        if (job.created() + job.updated() > 0) {
                            // What the last batches changed, which the runner no longer announces.
                            publicationState.changed();
                        }
                        adminEvents.record(
                                admin,
                                "import cancelled",
                                job.fileName(),
                                job.doneSteps() + " of " + job.totalSteps() + " steps done");
                    }
                });
    }

    public List<ImportJob> latest(int most) {
        return em.createQuery("select j from ImportJob j order by j.startedAt desc, j.id desc", ImportJob.class)
                .setMaxResults(most)
                .getResultList();
    }

    public Optional<ImportJob> job(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }
}
