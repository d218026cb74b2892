package org.postbag.linking.citation;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text made to hurt a parser (thousands of cues, no cue at all, one huge word) must not make it backtrack or rescan
 * without end. The ten seconds allowed are a guard against that kind of defect, a thousand times what such a text
 * takes; how fast parsing and ranking really are is measured by {@code CitationBenchmark} in src/bench.
 */
class HostileTextTest {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 9, 10);
    private static final Instant RECEIVED = RECEIVED_ON.atTime(10, 5).toInstant(ZoneOffset.UTC);

    private final CitationParser parser = new CitationParser("Northern Review");

    static List<String> hostileTexts() {
        return List.of(
                "no. ".repeat(12_500),
                "No 1 ".repeat(10_000),
                "A".repeat(50_000),
                "AB1 ".repeat(12_500),
                "\"".repeat(50_000),
                "‘a’ ".repeat(12_500),
                "Mr ".repeat(15_000),
                "Aa ".repeat(15_000) + "'s",
                "de la ".repeat(10_000) + "Cruz",
                " ".repeat(50_000) + "no. 5",
                "since no. 5 ".repeat(5_000),
                "4 May ".repeat(7_500),
                "May 4, ".repeat(7_500),
                "issues 1, 2, 3, 4".repeat(2_500),
                "the June issue of May 2026 ".repeat(2_500),
                ".".repeat(25_000) + "Tom Aldridge");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextIsParsedAndRankedQuickly(String text) {
        List<Candidate> candidates = ManyCandidates.of(50);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Citations citations = parser.parse(text, RECEIVED_ON);
            new CitationRanker().rank(citations, "Derek Holloway", RECEIVED, candidates);
        });
    }
}
