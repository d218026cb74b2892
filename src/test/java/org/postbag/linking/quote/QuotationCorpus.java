package org.postbag.linking.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The labelled corpus in {@code src/test/resources/quotations} (format in its README.md). */
final class QuotationCorpus {

    enum Kind {
        PIECE,
        MISQUOTE,
        OTHER,
        SLOGAN
    }

    record Label(Kind kind, String source, String firstWords) {

        boolean isMisquote() {
            return kind == Kind.MISQUOTE;
        }

        boolean matches(String quotation) {
            return normalise(quotation).startsWith(normalise(firstWords));
        }
    }

    record CorpusLetter(String id, List<String> answers, String body, List<Label> labels) {}

    private QuotationCorpus() {}

    static List<Source> archive() {
        return archive("archive.txt");
    }

    /** An archive file in the format of archive.txt, such as the pieces in another language. */
    static List<Source> archive(String file) {
        List<Source> sources = new ArrayList<>();
        String[] header = null;
        StringBuilder text = new StringBuilder();
        for (String line : read(file).split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (header != null) {
                    sources.add(source(header, text));
                }
                header = line.substring(4).split("\\s*\\|\\s*");
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        sources.add(source(header, text));
        return sources;
    }

    static List<CorpusLetter> letters(String file) {
        List<CorpusLetter> letters = new ArrayList<>();
        String[] blocks = read(file).split("(?m)^=== ");
        for (String block : Arrays.copyOfRange(blocks, 1, blocks.length)) {
            int headerEnd = block.indexOf('\n');
            String[] header = block.substring(0, headerEnd).split("\\s*\\|\\s*");
            String rest = block.substring(headerEnd + 1);
            int labelsAt = rest.indexOf("--- labels\n");
            if (labelsAt < 0) {
                throw new IllegalStateException("Letter " + header[0] + " has no labels");
            }
            List<Label> labels = new ArrayList<>();
            for (String line :
                    rest.substring(labelsAt + "--- labels\n".length()).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*", 2);
                String[] kindAndSource = parts[0].strip().split("\\s+", 2);
                labels.add(new Label(
                        Kind.valueOf(kindAndSource[0].toUpperCase(Locale.ROOT)),
                        kindAndSource.length > 1 ? kindAndSource[1] : "",
                        parts[1].strip()));
            }
            List<String> answers = Arrays.stream(
                            header[1].replaceFirst("^answers\\s+", "").split("\\s*,\\s*"))
                    .filter(reference -> !reference.isBlank())
                    .toList();
            letters.add(new CorpusLetter(header[0].strip(), answers, rest.substring(0, labelsAt), labels));
        }
        return letters;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[\"\u201C\u201D\u2018\u2019']", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Source source(String[] header, StringBuilder text) {
        return new Source(header[0], header[1], header[2], text.toString().strip());
    }

    private static String read(String name) {
        try (InputStream in = QuotationCorpus.class.getResourceAsStream("/quotations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No corpus file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
