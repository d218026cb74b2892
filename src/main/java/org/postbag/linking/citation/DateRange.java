package org.postbag.linking.citation;

import java.time.LocalDate;
import java.util.Objects;

/** Inclusive range of days, to look up issues by cover date. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(from + " after " + to);
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }
}
