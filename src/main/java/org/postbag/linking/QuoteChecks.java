package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postbag.letter.Flag;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterHtml;
import org.postbag.linking.quote.QuoteCheck;
import org.postbag.linking.quote.QuoteChecker;
import org.postbag.linking.quote.Source;
import org.postbag.linking.quote.Verdict;
import org.postbag.publishing.Piece;

/**
 * Checks every quotation of a letter against what it answers: first the pieces it replies to,
 * then their ancestors in the thread. Pieces without their text on file cannot be checked
 * and are left out. The result is shown on the desk and summed up as a flag in the queue
 * ("1 quotation not found"); it is worked out again whenever the text or the links change.
 */
@ApplicationScoped
public class QuoteChecks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private Threads threads;

    /** A quotation's verdict, as the desk shows it. */
    public record Line(
            String quotation,
            int start,
            int end,
            String verdict,
            String attributedTo,
            String sourceReference,
            String sourceTitle,
            Integer paragraph,
            String sourcePassage,
            String differences,
            String attribution,
            String cue,
            List<String> checkedAgainst,
            int words)
            implements Serializable {

        /** The references checked against, for the desk to read. */
        public String checkedAgainstList() {
            return String.join(", ", checkedAgainst);
        }
    }

    /** The checks, and the pieces they were made against. */
    public record Result(List<Line> lines, List<String> sources) implements Serializable {

        public long count(String verdict) {
            return lines.stream().filter(line -> line.verdict().equals(verdict)).count();
        }
    }

    public Result check(Letter letter) {
        List<Piece> answered = replyLinks.answeredBy(letter);
        List<Long> ordered =
                threads.ancestorsOf(answered.stream().map(Piece::id).toList());
        Map<Long, Piece> pieces = new LinkedHashMap<>();
        if (!ordered.isEmpty()) {
            for (Piece piece : em.createQuery("select p from Piece p where p.id in :ids", Piece.class)
                    .setParameter("ids", ordered)
                    .getResultList()) {
                pieces.put(piece.id(), piece);
            }
        }
        List<Source> sources = new ArrayList<>();
        Map<String, Piece> byReference = new LinkedHashMap<>();
        for (Long id : ordered) {
            Piece piece = pieces.get(id);
            if (piece != null && piece.body() != null && !piece.body().isBlank()) {
                sources.add(new Source(piece.reference(), piece.title(), piece.authorName(), piece.body()));
                byReference.put(piece.reference(), piece);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (QuoteCheck check :
                new QuoteChecker().check(letter.currentText().body(), sources, new PiecesOnFile(em, byReference))) {
            var match = check.match();
            Piece source =
                    match.map(m -> piece(m.sourceReference(), byReference)).orElse(null);
            // With nothing on file to check against, a quotation is not a misquote: it is unchecked.
            String verdict = sources.isEmpty() && check.verdict() == Verdict.NOT_FOUND
                    ? "not checked"
                    : check.verdict().name().toLowerCase().replace('_', ' ');
            lines.add(new Line(
                    check.quotation().text(),
                    check.quotation().start(),
                    check.quotation().end(),
                    verdict,
                    check.quotation().attribution().named().orElse(null),
                    source == null ? null : source.reference(),
                    source == null ? null : source.title(),
                    match.map(m -> m.paragraph() + 1).orElse(null),
                    source == null
                            ? null
                            : source.body()
                                    .substring(match.get().start(), match.get().end()),
                    check.verdict() == Verdict.ALTERED ? differences(check) : null,
                    check.quotation().attribution().kind().name().toLowerCase().replace('_', ' '),
                    check.quotation().attribution().cue(),
                    check.checkedAgainst(),
                    words(check.quotation().text())));
        }
        return new Result(lines, new ArrayList<>(byReference.keySet()));
    }

    private Piece piece(String reference, Map<String, Piece> answered) {
        Piece piece = answered.get(reference);
        if (piece != null) {
            return piece;
        }
        return em.createQuery("select p from Piece p where p.reference = :reference", Piece.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("[^\\p{L}\\p{N}]+").length;
    }

    /** The verdicts summed up as the letter's quotation flag; a letter with none loses its flag. */
    public void refreshFlag(Letter letter) {
        Result result = check(letter);
        long notFound = result.count("not found");
        long altered = result.count("altered");
        List<Flag> flags = new ArrayList<>();
        if (notFound > 0) {
            flags.add(new Flag(
                    FlagKind.QUOTATION, notFound + (notFound == 1 ? " quotation" : " quotations") + " not found"));
        }
        if (altered > 0) {
            flags.add(
                    new Flag(FlagKind.QUOTATION, altered + (altered == 1 ? " quotation" : " quotations") + " altered"));
        }
        letter.flags().replace(FlagKind.QUOTATION, flags);
    }

    private static String differences(QuoteCheck check) {
        StringBuilder html = new StringBuilder();
        for (var token : check.diff()) {
            String word = LetterHtml.escape(token.word());
            switch (token.operation()) {
                case EQUAL -> html.append(word).append(' ');
                case DELETED ->
                    html.append("<del><span class=\"visually-hidden\">[in the source: </span>")
                            .append(word)
                            .append("<span class=\"visually-hidden\">]</span></del> ");
                case INSERTED ->
                    html.append("<ins><span class=\"visually-hidden\">[in the letter: </span>")
                            .append(word)
                            .append("<span class=\"visually-hidden\">]</span></ins> ");
            }
        }
        return html.toString().strip();
    }
}
