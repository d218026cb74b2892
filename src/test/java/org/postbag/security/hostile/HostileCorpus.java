package org.postbag.security.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile inputs: the lines of {@code hostile-inputs.txt}, each also placed where a
 * letter's text is treated specially (in a sentence, in quotation marks, in a {@code >} block
 * quote, at the start of a line), plus what cannot be written in a text file: oversized
 * fields, very long words and invalid UTF-8 as raw bytes. The tests send several inputs in one
 * request where a field can hold them ({@link #groups}, {@link #packed}), so that the corpus
 * can grow without the tests' time growing with it.
 */
public final class HostileCorpus {

    static final String RESOURCE = "org/postbag/security/hostile/hostile-inputs.txt";

    private HostileCorpus() {}

    /** A payload cut in two where its line says {@code \|}, for two fields of one form. */
    public record Split(String first, String second) {

        public String whole() {
            return first + second;
        }
    }

    /** The lines of the file, unescaped. */
    public static List<String> base() {
        return lines().stream().map(HostileCorpus::unescape).toList();
    }

    /** The payloads whose lines mark where to cut them. */
    public static List<Split> splits() {
        List<Split> splits = new ArrayList<>();
        for (String line : lines()) {
            List<String> parts = parts(line);
            if (parts.size() > 1) {
                splits.add(new Split(parts.get(0), String.join("", parts.subList(1, parts.size()))));
            }
        }
        return splits;
    }

    private static List<String> lines() {
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
                    continue;
                }
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs in consecutive groups of {@code size} (the last may be smaller), one group a request. */
    public static List<List<String>> groups(List<String> inputs, int size) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += size) {
            groups.add(inputs.subList(i, Math.min(i + size, inputs.size())));
        }
        return groups;
    }

    /**
     * The inputs joined by spaces into as few values of at most {@code most} characters as keep
     * their order; an input longer than that stays alone. For fields such as the search, which
     * ignore what is longer, so that each input still reaches the code behind them.
     */
    public static List<String> packed(List<String> inputs, int most) {
        List<String> packed = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (String input : inputs) {
            if (value.length() > 0 && value.length() + 1 + input.length() > most) {
                packed.add(value.toString());
                value.setLength(0);
            }
            if (value.length() > 0) {
                value.append(' ');
            }
            value.append(input);
        }
        if (value.length() > 0) {
            packed.add(value.toString());
        }
        return packed;
    }

    /** Each base input in each of the places a letter's text is rendered specially. */
    public static List<String> combined() {
        List<String> all = new ArrayList<>();
        for (String input : base()) {
            all.addAll(placements(input));
        }
        return all;
    }

    /** The input as a whole, in a sentence, quoted, block-quoted and after a line break. */
    public static List<String> placements(String input) {
        return List.of(
                input,
                "I agree with " + input + " entirely.",
                "You printed \"" + input + "\" and I disagree.",
                "> " + input + "\n\nThat is what your correspondent wrote.",
                "First line\n" + input + "\nlast line “" + input + "”");
    }

    /** A word too long for any line: no spaces, no hyphens. */
    public static String longWord(int length) {
        StringBuilder word = new StringBuilder(length);
        String letters = "Llanfairpwllgwyngyll";
        while (word.length() < length) {
            word.append(letters);
        }
        return word.substring(0, length);
    }

    /** Text of the given length that also tries to run script. */
    public static String oversized(int length) {
        String unit = "Too long <script>window.__xss=1</script> ";
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    /** Byte sequences that are not UTF-8, each wrapped in readable text. */
    public static List<byte[]> invalidUtf8() {
        int[][] sequences = {
            {0xC3, 0x28},
            {0xA0, 0xA1},
            {0xE2, 0x28, 0xA1},
            {0xE2, 0x82, 0x28},
            {0xF0, 0x28, 0x8C, 0xBC},
            {0xF0, 0x90, 0x28, 0xBC},
            {0xC0, 0xAF},
            {0xE0, 0x80, 0xAF},
            {0xED, 0xA0, 0x80},
            {0xFF, 0xFE},
            {0xF8, 0x88, 0x80, 0x80, 0x80},
            {0xC3},
            {0x3C, 0xC0, 0xBC, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E}
        };
        List<byte[]> all = new ArrayList<>();
        for (int[] sequence : sequences) {
            byte[] before = "Broken ".getBytes(StandardCharsets.US_ASCII);
            byte[] after = " bytes".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[before.length + sequence.length + after.length];
            System.arraycopy(before, 0, bytes, 0, before.length);
            for (int i = 0; i < sequence.length; i++) {
                bytes[before.length + i] = (byte) sequence[i];
            }
            System.arraycopy(after, 0, bytes, before.length + sequence.length, after.length);
            all.add(bytes);
        }
        return all;
    }

    static String unescape(String line) {
        return String.join("", parts(line));
    }

    /** The line unescaped, in the parts that {@code \|} marks. */
    private static List<String> parts(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case '|' -> {
                    parts.add(out.toString());
                    out.setLength(0);
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        parts.add(out.toString());
        return parts;
    }
}
