package org.postbag.linking.quote;

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
 * Time to check one 2,000-word letter with 12 quotations against 50 sources of 2,000 words each. The budget is 20 ms.
 *
 * <p>{@code checkIndexedSources} is the intended use, with the sources indexed once and kept;
 * {@code checkIncludingIndexing} also normalises and indexes all 50 sources on every call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// On two cores the JIT needs a few seconds before the first calls stop running interpreted code.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuoteCheckBenchmark {

    private final QuoteChecker checker = new QuoteChecker();
    private String letter;
    private List<Source> sources;
    private List<IndexedSource> indexed;

    @Setup
    public void setUp() {
        LettersPageScenario scenario = new LettersPageScenario(117);
        letter = scenario.letter();
        sources = scenario.sources();
        indexed = sources.stream().map(IndexedSource::of).toList();
    }

    @Benchmark
    public List<QuoteCheck> checkIndexedSources() {
        return checker.checkIndexed(letter, indexed);
    }

    @Benchmark
    public List<QuoteCheck> checkIncludingIndexing() {
        return checker.check(letter, sources);
    }
}
