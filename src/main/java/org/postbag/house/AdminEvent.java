package org.postbag.house;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something an admin did outside any one letter: an account invited, a role changed, a setting
 * changed, a writer's data exported or erased. Never changed once written.
 */
@Entity
@Table(name = "admin_event")
public class AdminEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_event_id")
    @SequenceGenerator(name = "admin_event_id", sequenceName = "admin_event_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(updatable = false)
    private String detail;

    protected AdminEvent() {}

    public AdminEvent(Instant at, String actor, String action, String subject, String detail) {
        this.at = requireNonNull(at);
        this.actor = requireNonNull(actor);
        this.action = requireNonNull(action);
        this.subject = requireNonNull(subject);
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }
}
