package org.postbag.publishing;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.postbag.infrastructure.DomainException;

/** A numbered issue of the magazine: no. 117, June 2026. Its number is its identity. */
@Entity
@Table(name = "issue")
@NamedQuery(name = "Issue.byNumber", query = "select i from Issue i where i.number = :number")
@NamedQuery(name = "Issue.all", query = "select i from Issue i order by i.number desc")
public class Issue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "cover_date", nullable = false)
    private LocalDate coverDate;

    /** The words the letters page may hold; null means no budget was set. */
    @Column(name = "page_budget_words")
    private Integer pageBudgetWords;

    /** When the letters page is to be published by itself, if an editor scheduled it. */
    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    /** When the letters page was published. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** When its published letters page was last taken down, and why (shown to readers). */
    @Column(name = "taken_down_at")
    private Instant takenDownAt;

    @Column(name = "taken_down_reason")
    private String takenDownReason;

    @Version
    private int version;

    protected Issue() {}

    public Issue(int number, String title, LocalDate coverDate) {
        if (number <= 0) {
            throw new IllegalArgumentException("issue numbers start at 1");
        }
        this.number = number;
        this.title = requireNonNull(title);
        this.coverDate = requireNonNull(coverDate);
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public LocalDate coverDate() {
        return coverDate;
    }

    public void budget(Integer words) {
        if (words != null && words <= 0) {
            throw DomainException.of("makeup.refused.budget");
        }
        this.pageBudgetWords = words;
    }

    public void scheduleFor(Instant at) {
        if (publishedAt != null) {
            throw DomainException.of("makeup.refused.publishedAlready", number, title);
        }
        this.scheduledFor = at;
    }

    public void published(Instant at) {
        this.publishedAt = requireNonNull(at);
        this.scheduledFor = null;
    }

    /**
     * The published page comes down, with the reason readers will read; its letters can be
     * published again from the make-up page. Publishing again keeps the notice.
     */
    public void takenDown(Instant at, String reason) {
        if (publishedAt == null) {
            throw DomainException.of("makeup.refused.notPublished", number, title);
        }
        this.publishedAt = null;
        this.takenDownAt = requireNonNull(at);
        this.takenDownReason = requireNonNull(reason);
    }

    public Instant takenDownAt() {
        return takenDownAt;
    }

    public String takenDownReason() {
        return takenDownReason;
    }

    public Integer pageBudgetWords() {
        return pageBudgetWords;
    }

    public Instant scheduledFor() {
        return scheduledFor;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int version() {
        return version;
    }

    /** "no. 117, June 2026" */
    public String label() {
        return "no. " + number + ", " + title;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Issue issue && number == issue.number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }
}
