package org.postbag.moderation;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A place in the queue, between pages: the received time and id of a letter. The next page
 * starts after it, whatever was added or removed in between, and costs the same at page
 * 1,000 as at page 1.
 */
public record Cursor(Instant receivedAt, long id) implements Serializable {

    public Cursor {
        receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** As it travels in a URL: microseconds since the epoch, a dot, the id. */
    public String token() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt);
        return micros + "." + id;
    }

    public static Optional<Cursor> parse(String token) {
        if (token == null || !token.matches("-?\\d{1,19}\\.\\d{1,19}")) {
            return Optional.empty();
        }
        try {
            String[] parts = token.split("\\.");
            return Optional.of(new Cursor(
                    Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), Long.parseLong(parts[1])));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
