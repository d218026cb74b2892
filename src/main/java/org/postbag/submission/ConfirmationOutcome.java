package org.postbag.submission;

public enum ConfirmationOutcome {
    CONFIRMED,
    ALREADY_CONFIRMED,
    /** The letter was withdrawn before it was confirmed. */
    WITHDRAWN,
    /** Too late: the letter waited longer than unconfirmed letters are kept. */
    EXPIRED,
    /** No letter has this token. */
    UNKNOWN
}
