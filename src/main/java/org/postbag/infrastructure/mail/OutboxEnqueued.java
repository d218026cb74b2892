package org.postbag.infrastructure.mail;

/** An email was written to the outbox; after the commit the sender is nudged to send it now. */
public record OutboxEnqueued() {}
