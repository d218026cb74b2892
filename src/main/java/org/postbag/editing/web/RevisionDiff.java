package org.postbag.editing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterText;
import org.postbag.letter.Revision;
import org.postbag.letter.WordDiff;

/**
 * /editor/diff/L-2026-00042?from=0&amp;to=2: any two versions of a letter compared word by word.
 * Version 0 is the text as sent.
 */
@Named
@RequestScoped
public class RevisionDiff {

    @Inject
    @Param(pathIndex = 0)
    private String reference;

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "to")
    private String to;

    @Inject
    private Loader loader;

    @Inject
    private CurrentAccount me;

    private Comparison comparison;

    /** Two versions and their comparison, read in one transaction. */
    public record Comparison(
            String reference, int from, int to, int latest, String html, int deleted, int inserted, int words) {}

    @PostConstruct
    void compare() {
        comparison = LetterReference.isWellFormed(reference)
                ? loader.compare(
                        reference, number(from, 0), number(to, -1), me.require().id())
                : null;
        if (comparison == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Comparison getComparison() {
        return comparison;
    }

    @ApplicationScoped
    static class Loader {

        @Inject
        private LetterAccess access;

        @Transactional
        Comparison compare(String reference, int from, int to, long editorId) {
            Letter letter = access.open(reference, editorId).orElse(null);
            if (letter == null) {
                return null;
            }
            List<Revision> revisions = letter.revisions().all();
            int latest = revisions.size();
            int toNumber = to < 0 ? latest : to;
            if (from < 0 || from > latest || toNumber > latest) {
                return null;
            }
            String before =
                    from == 0 ? letter.originalBody() : revisions.get(from - 1).body();
            String after = toNumber == 0
                    ? letter.originalBody()
                    : revisions.get(toNumber - 1).body();
            List<WordDiff.Piece> pieces = WordDiff.between(before, after);
            int[] counts = WordDiff.counts(pieces);
            return new Comparison(
                    reference,
                    from,
                    toNumber,
                    latest,
                    WordDiff.html(pieces),
                    counts[0],
                    counts[1],
                    LetterText.countWords(after));
        }
    }
}
