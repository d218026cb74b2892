package org.postbag.letter;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word comparison of two versions of a letter, made with java-diff-utils (Myers'
 * algorithm) on words and the spaces between them, so that line and paragraph breaks survive.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    /** A run of the text, and whether it stayed, went or came. */
    public record Piece(Change change, String text) {}

    public enum Change {
        SAME,
        DELETED,
        INSERTED
    }

    private WordDiff() {}

    public static List<Piece> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Change.SAME, from.subList(position, start));
            add(pieces, Change.DELETED, delta.getSource().getLines());
            add(pieces, Change.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(pieces, Change.SAME, from.subList(position, from.size()));
        return pieces;
    }

    /**
     * The comparison as HTML: deletions struck through in {@code del}, insertions in {@code ins},
     * each also announced in words ("deleted:", "added:") for screen readers and readers without
     * colour. Everything else is escaped.
     */
    public static String html(List<Piece> pieces) {
        StringBuilder html = new StringBuilder();
        for (Piece piece : pieces) {
            String text = LetterHtml.escape(piece.text());
            switch (piece.change()) {
                case SAME -> html.append(text);
                case DELETED ->
                    html.append("<del><span class=\"visually-hidden\">[deleted: </span>")
                            .append(text)
                            .append("<span class=\"visually-hidden\">]</span></del>");
                case INSERTED ->
                    html.append("<ins><span class=\"visually-hidden\">[added: </span>")
                            .append(text)
                            .append("<span class=\"visually-hidden\">]</span></ins>");
            }
        }
        return html.toString();
    }

    public static String html(String before, String after) {
        return html(between(before, after));
    }

    /** How many words went and came. */
    public static int[] counts(List<Piece> pieces) {
        int deleted = 0;
        int inserted = 0;
        for (Piece piece : pieces) {
            int words = LetterText.countWords(piece.text());
            if (piece.change() == Change.DELETED) {
                deleted += words;
            } else if (piece.change() == Change.INSERTED) {
                inserted += words;
            }
        }
        return new int[] {deleted, inserted};
    }

    private static void add(List<Piece> pieces, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        // A whitespace-only change reads better merged into its neighbours as unchanged.
        if (change != Change.SAME && text.isBlank()) {
            change = Change.SAME;
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).change() == change) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(change, last.text() + text));
        } else {
            pieces.add(new Piece(change, text));
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
