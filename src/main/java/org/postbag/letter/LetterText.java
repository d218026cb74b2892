package org.postbag.letter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.postbag.infrastructure.Hashing;

/**
 * The rules for the plain text of a letter, as a reader types it: paragraphs separated by
 * blank lines, a paragraph that starts with {@code >} is a block quotation, quotes and
 * ellipses are kept as typed.
 */
public final class LetterText {

    private static final Pattern LINE_ENDINGS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private LetterText() {}

    /**
     * The text as it will be stored: Unicode NFC, {@code \n} line endings, without control
     * characters (other than newline and tab), without bidirectional overrides and isolates
     * (which can make a text read differently from what it says), without a byte order mark,
     * unpaired surrogates or Unicode non-characters; leading and trailing white space removed.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String unified = LINE_ENDINGS.matcher(text).replaceAll("\n");
        StringBuilder kept = new StringBuilder(unified.length());
        unified.codePoints().filter(LetterText::isKept).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).strip();
    }

    /** Normalises a single-line field such as a name: line breaks and tabs become spaces. */
    public static String normaliseLine(String text) {
        return normalise(text).replaceAll("[\\n\\t]+", " ").replaceAll(" {2,}", " ");
    }

    /**
     * True where the text held bytes that were not valid UTF-8: the servlet container decodes
     * them to U+FFFD, which a reader never types on purpose.
     */
    public static boolean hasUndecodableCharacters(String text) {
        return text != null && text.indexOf('\uFFFD') >= 0;
    }

    private static boolean isKept(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return false;
        }
        // Half a surrogate pair and the Unicode non-characters are never typed; XML (the Atom
        // feeds) cannot hold them at all, so a letter with one would break its feed.
        if (Character.getType(codePoint) == Character.SURROGATE || isNonCharacter(codePoint)) {
            return false;
        }
        return !isBidiControl(codePoint) && codePoint != '\uFEFF';
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /**
     * Words as an editor counts them: runs of non-space characters that hold at least one
     * letter or digit. "co-operative" is one word, "31" is one, ". . ." and "&gt;" are none.
     */
    public static int countWords(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordCharacter = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (inToken && tokenHasWordCharacter) {
                    words++;
                }
                inToken = false;
                tokenHasWordCharacter = false;
            } else {
                inToken = true;
                tokenHasWordCharacter |= Character.isLetterOrDigit(codePoint);
            }
        }
        return inToken && tokenHasWordCharacter ? words + 1 : words;
    }

    /** The paragraphs of a text, in order, without the blank lines between them. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(normaliseLineEndings(text).strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    /** The first words of a text, for a list where a letter has no headline yet. */
    public static String firstWords(String text, int count) {
        String[] words = text.strip().split("\\s+", count + 1);
        if (words.length <= count) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, count)) + "…";
    }

    /**
     * A fingerprint of the text that ignores case, spacing and punctuation, so that the same
     * letter sent twice is recognised even when retyped with different line breaks.
     */
    public static String fingerprint(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return Hashing.sha256(folded);
    }

    private static String normaliseLineEndings(String text) {
        return text == null ? "" : LINE_ENDINGS.matcher(text).replaceAll("\n");
    }
}
