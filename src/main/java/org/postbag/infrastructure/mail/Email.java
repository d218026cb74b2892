package org.postbag.infrastructure.mail;

import static java.util.Objects.requireNonNull;

/**
 * A plain-text email to one person. {@code kind} names what it is for ("confirmation"), and
 * {@code letterReference} the letter it concerns, if any, so that admins can find it.
 */
public record Email(String kind, String to, String subject, String body, String letterReference) {

    public Email {
        requireNonNull(kind);
        requireNonNull(to);
        requireNonNull(subject);
        requireNonNull(body);
        if (to.contains("\r") || to.contains("\n") || subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("line breaks in a header");
        }
    }
}
