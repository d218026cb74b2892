package org.postbag.moderation;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reason for rejecting a letter, worded so that it can be sent to the writer as it is. */
@Entity
@Table(name = "rejection_template")
public class RejectionTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String body;

    @Version
    private int version;

    protected RejectionTemplate() {}

    public RejectionTemplate(String name, String body) {
        this.name = requireNonNull(name).strip();
        this.body = requireNonNull(body).strip();
        if (this.name.isEmpty() || this.body.isEmpty()) {
            throw new IllegalArgumentException("a template needs a name and a text");
        }
    }

    public void reword(String name, String body) {
        this.name = requireNonNull(name).strip();
        this.body = requireNonNull(body).strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public int version() {
        return version;
    }
}
