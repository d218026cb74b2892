package org.postbag.infrastructure.mail;

public enum OutboxStatus {
    /** Waiting to be sent: no SMTP server yet, or the last attempt failed and a retry is due. */
    PENDING,
    SENT,
    /** Given up after the last retry; an admin can see why and send it again. */
    FAILED,
    /** Taken back while it waited out its grace period: the decision that caused it was undone. */
    CANCELLED
}
