package org.postbag.linking.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Citation suggestions run while an editor waits for a letter's page: parsing a long letter (the sample debate's
 * longest letter three times over, about 2,300 words) for cues, and ranking 500 candidate pieces against them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CitationBenchmark {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 9, 10);
    private static final Instant RECEIVED = RECEIVED_ON.atTime(10, 5).toInstant(ZoneOffset.UTC);

    private final CitationParser parser = new CitationParser("Northern Review");
    private final CitationRanker ranker = new CitationRanker();
    private String longLetter;
    private Citations citations;
    private List<Candidate> candidates;

    @Setup
    public void setUp() {
        String body = TramDebate.load().piece("P-long").body();
        longLetter = body + "\n\n" + body + "\n\n" + body;
        citations = parser.parse(body, RECEIVED_ON);
        candidates = ManyCandidates.of(500);
    }

    @Benchmark
    public Citations parseLongLetter() {
        return parser.parse(longLetter, RECEIVED_ON);
    }

    @Benchmark
    public Object rankFiveHundredCandidates() {
        return ranker.rank(citations, "Derek Holloway", RECEIVED, candidates);
    }
}
