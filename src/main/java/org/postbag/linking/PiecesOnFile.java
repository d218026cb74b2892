package org.postbag.linking;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postbag.linking.quote.Archive;
import org.postbag.linking.quote.Source;
import org.postbag.publishing.Piece;

/**
 * The archive as the quotation checks see it: every piece with its text on file, looked up by the database and then
 * narrowed by the same rules as {@link Archive#of}. Each look-up reads at most {@value #LIMIT} pieces, so a letter
 * naming a prolific author costs a bounded query.
 */
final class PiecesOnFile implements Archive {

    private static final int LIMIT = 20;

    private final EntityManager em;
    private final Map<String, Piece> answered;

    PiecesOnFile(EntityManager em, Map<String, Piece> answered) {
        this.em = em;
        this.answered = answered;
    }

    @Override
    public List<Source> byAuthor(String surname) {
        List<Source> candidates = query("lower(p.authorName) like :w0", List.of(surname));
        return Archive.of(candidates).byAuthor(surname);
    }

    @Override
    public List<Source> byDocument(String document) {
        String longest = Arrays.stream(document.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .max(Comparator.comparingInt(String::length))
                .orElse("");
        if (longest.length() < 3) {
            return List.of();
        }
        List<Source> candidates = query("(lower(p.title) like :w0 or lower(p.authorName) like :w0)", List.of(longest));
        return Archive.of(candidates).byDocument(document);
    }

    @Override
    public List<Source> holding(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? "" : " and ").append("lower(p.body) like :w").append(i);
        }
        return query(where.toString(), words);
    }

    private List<Source> query(String where, List<String> words) {
        var query = em.createQuery(
                        "select p from Piece p where p.body is not null and " + where + " order by p.id desc",
                        Piece.class)
                .setMaxResults(LIMIT);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return query.getResultList().stream()
                .filter(piece -> !answered.containsKey(piece.reference())
                        && !piece.body().isBlank())
                .map(piece -> new Source(
                        piece.reference(),
                        piece.title(),
                        piece.authorName() == null ? "" : piece.authorName(),
                        piece.body()))
                .toList();
    }

    private static String escapeLike(String word) {
        return word.replaceAll("[^\\p{L}\\p{N}' -]", "");
    }
}
