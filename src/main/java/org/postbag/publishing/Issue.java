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
import java.time.LocalDate;

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
