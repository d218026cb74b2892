package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Digest.Schedule schedule = new Digest.Schedule(LONDON, 7);

    private static Instant london(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @Test
    void aDigestIsDueOnceALocalDayFromItsHour() {
        assertThat(schedule.isDue(null, london("2026-12-02T06:59"))).isFalse();
        assertThat(schedule.isDue(null, london("2026-12-02T07:00"))).isTrue();
        assertThat(schedule.isDue(LocalDate.parse("2026-12-02"), london("2026-12-02T18:00")))
                .isFalse();
        assertThat(schedule.isDue(LocalDate.parse("2026-12-01"), london("2026-12-02T07:15")))
                .isTrue();
        assertThat(schedule.isDue(LocalDate.parse("2026-12-01"), london("2026-12-02T00:30")))
                .isFalse();
        // Summer time: 07:00 in London is 06:00 UTC.
        assertThat(schedule.isDue(null, Instant.parse("2026-07-01T06:00:00Z"))).isTrue();
        assertThat(schedule.day(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-07-02"));
    }

    @Test
    void aDigestCoversTheTimeSinceTheLastOneWasDueAndAWeekAtMost() {
        Instant now = london("2026-12-02T07:15");
        assertThat(schedule.since(LocalDate.parse("2026-12-01"), now)).isEqualTo(london("2026-12-01T07:00"));
        assertThat(schedule.since(null, now)).isEqualTo(london("2026-12-01T07:15"));
        assertThat(schedule.since(LocalDate.parse("2026-01-01"), now)).isEqualTo(london("2026-11-25T07:15"));
    }

    @Test
    void aDigestWithNothingInItIsEmpty() {
        assertThat(new Digest(List.of(), List.of(), List.of(), List.of()).isEmpty())
                .isTrue();
        Digest.Line line = new Digest.Line("L-2026-00001", "Trams", "by email, Ann Lee");
        assertThat(new Digest(List.of(), List.of(), List.of(), List.of(line)).isEmpty())
                .isFalse();
    }

    @Test
    void listsSayNoneOrAreCutWithACount() {
        assertThat(Digest.list(List.of())).isEqualTo("  none");
        assertThat(Digest.list(List.of(new Digest.Line("L-2026-00001", "Trams", "by email, Ann Lee"))))
                .isEqualTo("  L-2026-00001  Trams (by email, Ann Lee)");
        List<Digest.Line> many = IntStream.rangeClosed(1, Digest.LISTED + 3)
                .mapToObj(i -> new Digest.Line("L-2026-" + String.format("%05d", i), "Letter " + i, null))
                .toList();
        assertThat(Digest.list(many))
                .endsWith("\n  and 3 more")
                .contains("L-2026-00025")
                .doesNotContain("L-2026-00026");
    }
}
