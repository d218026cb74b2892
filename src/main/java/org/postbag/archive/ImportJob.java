package org.postbag.archive;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.postbag.archive.wxr.ImportPlan;

/**
 * One import of an archive file, run in the background in steps (an issue, an article, a
 * letter, a reply link each). It starts RUNNING, counts its steps as they commit, and ends
 * FINISHED, CANCELLED by an admin, or FAILED with the reason; a server that stops while it runs
 * leaves it RUNNING with an old heartbeat, and the next server resumes it from the last step done.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** What kind of file the job imports. */
    public enum Format {
        WXR,
        CSV,
        JSON;

        /** By the file's name: .csv and .json; anything else is read as a WordPress export. */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".csv") ? CSV : name.endsWith(".json") ? JSON : WXR;
        }
    }

    public enum Status {
        RUNNING,
        FINISHED,
        CANCELLED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Format format;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "source_id", nullable = false, updatable = false)
    private ImportSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_source", nullable = false, updatable = false)
    private ImportPlan.IssueSource issueSource;

    @Column(name = "custom_field", updatable = false)
    private String customField;

    @Column(name = "reader_comments", nullable = false, updatable = false)
    private boolean readerComments;

    @Column(name = "total_steps", nullable = false, updatable = false)
    private int totalSteps;

    @Column(name = "done_steps", nullable = false)
    private int doneSteps;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private String report;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private int version;

    protected ImportJob() {}

    public ImportJob(
            String fileName,
            byte[] source,
            ImportPlan.Options options,
            int totalSteps,
            String report,
            String by,
            Instant at) {
        this.status = Status.RUNNING;
        this.fileName = requireNonNull(fileName);
        this.format = Format.of(fileName);
        this.source = new ImportSource(requireNonNull(source));
        this.issueSource = options.issueSource();
        this.customField = options.customField();
        this.readerComments = options.readerComments();
        this.totalSteps = totalSteps;
        this.report = requireNonNull(report);
        this.startedBy = requireNonNull(by);
        this.startedAt = requireNonNull(at);
    }

    /** Steps from {@code doneSteps} on committed, with what they did. */
    public void advance(int steps, int created, int updated, int unchanged, Instant at) {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("job " + id + " is " + status);
        }
        this.doneSteps += steps;
        this.created += created;
        this.updated += updated;
        this.unchanged += unchanged;
        this.heartbeatAt = at;
        if (doneSteps >= totalSteps) {
            status = Status.FINISHED;
            finishedAt = at;
        }
    }

    public void beat(Instant at) {
        this.heartbeatAt = at;
    }

    public void note(String line) {
        report = report.isEmpty() ? line : report + "\n" + line;
    }

    /** Stopped by an admin; what was imported stays, and the report says how far it got. */
    public void cancel(Instant at) {
        if (status == Status.RUNNING) {
            status = Status.CANCELLED;
            finishedAt = at;
        }
    }

    public void fail(String reason, Instant at) {
        note("The import stopped: " + reason);
        status = Status.FAILED;
        finishedAt = at;
    }

    /** Nobody has touched it for this long: the server running it has stopped. */
    public boolean abandoned(Instant now, Duration after) {
        return status == Status.RUNNING
                && (heartbeatAt == null || heartbeatAt.plus(after).isBefore(now));
    }

    /** The time left at the pace so far, once there is a pace to go by. */
    public Optional<Duration> estimate(Instant now) {
        if (status != Status.RUNNING || doneSteps == 0) {
            return Optional.empty();
        }
        Duration spent = Duration.between(startedAt, now);
        return Optional.of(spent.multipliedBy(totalSteps - doneSteps).dividedBy(doneSteps));
    }

    public ImportPlan.Options options() {
        return new ImportPlan.Options(issueSource, customField, readerComments);
    }

    public Long id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    public int totalSteps() {
        return totalSteps;
    }

    public int doneSteps() {
        return doneSteps;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public String report() {
        return report;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int version() {
        return version;
    }
}
