package org.postbag.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The figures of a reliability test, written as the test runs (so that a failed run leaves
 * them too) to {@code target/reliability/<test>.txt}, one {@code name: value} line each, and
 * echoed to the test's output.
 */
final class Figures {

    private final Path file;

    private Figures(Path file) {
        this.file = file;
    }

    static Figures of(String test) {
        Path dir = Path.of(System.getProperty("postbag.it.reliability.dir", "target/reliability"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(test + ".txt");
            Files.writeString(
                    file,
                    "# " + test + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                            + Runtime.getRuntime().availableProcessors() + " cores\n",
                    StandardCharsets.UTF_8);
            return new Figures(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a page the test got, next to the figures, as evidence. */
    Figures attach(String name, String content) {
        try {
            Files.writeString(file.resolveSibling(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Figures put(String name, Object value) {
        String line = name + ": " + value;
        System.out.println("[reliability] " + line);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
