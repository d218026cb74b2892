package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.letter.LetterText;

/**
 * Finds published pieces the way a reader remembers them: by words of the title, by the
 * author, or by the issue number ("117", "no. 117"). Title and author searches use trigram
 * indexes, so they stay fast in a large archive. A query shorter than three characters ("e",
 * "ck") finds nothing: it would match most of the archive. An issue number ("12", "no. 12")
 * is an exact, indexed look-up, and is answered whatever its length.
 */
@ApplicationScoped
public class PieceSearch {

    /** Fewer characters than this match most of the archive, and are no help to a reader. */
    public static final int SHORTEST_QUERY = 3;

    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)^(?:no\\.?|issue|#)?\\s*(\\d{1,9})$");

    @PersistenceContext
    private EntityManager em;

    /** A query that would match most of the archive: under three characters, unless an issue number. */
    public static boolean tooShort(String normalised) {
        return normalised.codePointCount(0, normalised.length()) < SHORTEST_QUERY
                && !ISSUE_NUMBER.matcher(normalised).matches();
    }

    public List<PieceSummary> search(String query, int most) {
        // As a form field would be: no control characters (PostgreSQL refuses a NUL in text).
        String text = LetterText.normaliseLine(query);
        if (tooShort(text) || text.length() > 200) {
            return List.of();
        }
        Matcher number = ISSUE_NUMBER.matcher(text);
        List<Piece> found;
        if (number.matches()) {
            found = em.createQuery(
                            "select p from Piece p join fetch p.issue where p.issue.number = :number"
                                    + " and p.publishedAt is not null order by p.publishedAt desc, p.id",
                            Piece.class)
                    .setParameter("number", Integer.parseInt(number.group(1)))
                    .setMaxResults(most)
                    .getResultList();
        } else {
            String like = "%"
                    + text.toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            found = em.createQuery(
                            "select p from Piece p left join fetch p.issue where p.publishedAt is not null"
                                    + " and (lower(p.title) like :like escape '\\' or lower(p.authorName) like :like"
                                    + " escape '\\') order by p.publishedAt desc, p.id",
                            Piece.class)
                    .setParameter("like", like)
                    .setMaxResults(most)
                    .getResultList();
        }
        return found.stream().map(PieceSummary::of).toList();
    }

    public List<PieceSummary> byReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select p from Piece p left join fetch p.issue where p.reference in :references"
                                + " and p.publishedAt is not null order by p.publishedAt desc",
                        Piece.class)
                .setParameter("references", references)
                .getResultList()
                .stream()
                .map(PieceSummary::of)
                .toList();
    }
}
