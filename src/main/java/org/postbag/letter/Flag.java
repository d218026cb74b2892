package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One thing noticed about a letter, with the reason in words an editor reads. */
@Embeddable
public class Flag implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagKind kind;

    @Column(nullable = false)
    private String reason;

    protected Flag() {}

    public Flag(FlagKind kind, String reason) {
        this.kind = requireNonNull(kind);
        this.reason = requireNonNull(reason);
    }

    public FlagKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Flag flag && kind == flag.kind && reason.equals(flag.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, reason);
    }

    @Override
    public String toString() {
        return kind + ": " + reason;
    }
}
