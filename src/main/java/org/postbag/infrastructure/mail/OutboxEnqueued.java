package org.postbag.infrastructure.mail;

import java.time.Instant;

/**
 * An email was written to the outbox; after the commit the sender is nudged to send it now, or,
 * for one that waits out a grace period, at {@code notBefore}.
 */
public record OutboxEnqueued(Instant notBefore) {}
