package org.postbag.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * One editor's daily news of the postbag: new letters since the last digest, letters they
 * hold, writers' answers to their cuts, and their cuts the writers have not answered in time.
 * A digest with nothing in it is not sent. Pure rules, tested with fixed instants.
 */
public record Digest(List<Line> newLetters, List<Line> waiting, List<Line> answers, List<Line> overdue) {

    /** A letter in a list: "L-2026-00042  Trams on Sundays (Ann Lee)". */
    public record Line(String reference, String title, String detail) {
        String text() {
            return "  " + reference + "  " + title + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        }
    }

    /** How long a list in an email gets before "and N more". */
    static final int LISTED = 25;

    public Digest {
        newLetters = List.copyOf(newLetters);
        waiting = List.copyOf(waiting);
        answers = List.copyOf(answers);
        overdue = List.copyOf(overdue);
    }

    public boolean isEmpty() {
        return newLetters.isEmpty() && waiting.isEmpty() && answers.isEmpty() && overdue.isEmpty();
    }

    /** A list as the email shows it, "none" when empty. */
    static String list(List<Line> lines) {
        return list(lines, "none", count -> "and " + count + " more");
    }

    /** A list as the email shows it in a language: its word for none, and its "and N more". */
    static String list(List<Line> lines, String none, IntFunction<String> andMore) {
        if (lines.isEmpty()) {
            return "  " + none;
        }
        String shown = lines.stream().limit(LISTED).map(Line::text).collect(Collectors.joining("\n"));
        return lines.size() > LISTED ? shown + "\n  " + andMore.apply(lines.size() - LISTED) : shown;
    }

    /** When digests are made: once a local day, from a given hour. */
    public record Schedule(ZoneId zone, int hour) {

        public Schedule {
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("hour of the day 0 to 23");
            }
        }

        /** Whether an editor whose last digest was made on {@code lastMadeOn} is due one at {@code now}. */
        public boolean isDue(LocalDate lastMadeOn, Instant now) {
            ZonedDateTime local = now.atZone(zone);
            return local.getHour() >= hour && (lastMadeOn == null || lastMadeOn.isBefore(local.toLocalDate()));
        }

        /** The local date a digest made at {@code now} is for. */
        public LocalDate day(Instant now) {
            return now.atZone(zone).toLocalDate();
        }

        /** What the digest covers: since the last one was due (a week at most), or a day for the first. */
        public Instant since(LocalDate lastMadeOn, Instant now) {
            Instant weekAgo = now.minus(Duration.ofDays(7));
            if (lastMadeOn == null) {
                return now.minus(Duration.ofDays(1));
            }
            Instant last = lastMadeOn.atTime(hour, 0).atZone(zone).toInstant();
            return last.isBefore(weekAgo) ? weekAgo : last;
        }
    }
}
