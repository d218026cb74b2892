package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.postbag.house.Settings;
import org.postbag.infrastructure.persistence.Columns;
import org.postbag.letter.Letter;
import org.postbag.linking.citation.Candidate;
import org.postbag.linking.citation.CitationParser;
import org.postbag.linking.citation.CitationRanker;
import org.postbag.linking.citation.Citations;
import org.postbag.linking.citation.DateRange;
import org.postbag.linking.citation.PieceKind;
import org.postbag.linking.citation.Suggestion;

/**
 * Suggests what a letter answers from the citations in its text ("Northern Review no. 118",
 * "Ms Natarajan", "(Letters, 4 May)"). The parser turns the text into cues; each cue becomes
 * an indexed lookup (issue number, author by trigram, publication date, title by trigram),
 * never a scan of the archive; the ranker weighs the few hundred candidates that come back.
 */
@ApplicationScoped
public class CitationSuggestions {

    static final int MOST_CANDIDATES = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    /** A suggested reply target, with the evidence an editor reads and a confidence from 0 to 1. */
    public record Suggested(
            String reference,
            String title,
            String signOff,
            String kind,
            Integer issue,
            double confidence,
            List<String> evidence)
            implements Serializable {

        /** Each reason once, in the order found: two cues giving the same reason say it once. */
        public Suggested {
            evidence = List.copyOf(new LinkedHashSet<>(evidence));
        }

        /** The reasons as the link keeps them, in words: "…; …". */
        public String evidenceInWords() {
            return String.join("; ", evidence);
        }

        public int percent() {
            return (int) Math.round(confidence * 100);
        }
    }

    public List<Suggested> forLetter(Letter letter, String text) {
        LocalDate received = letter.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Citations citations = new CitationParser(settings.magazineName()).parse(text, received);
        if (citations.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> rows = candidates(citations, letter);
        List<Candidate> candidates =
                rows.values().stream().map(CitationSuggestions::candidate).toList();
        List<Suggestion> ranked =
                new CitationRanker().rank(citations, letter.author().name(), letter.receivedAt(), candidates);
        List<Suggested> suggested = new ArrayList<>();
        for (Suggestion suggestion : ranked) {
            Object[] row = rows.get(suggestion.reference());
            suggested.add(new Suggested(
                    suggestion.reference(),
                    (String) row[2],
                    (String) row[7],
                    ((String) row[1]).toLowerCase(),
                    row[4] == null ? null : ((Number) row[4]).intValue(),
                    suggestion.confidence(),
                    suggestion.evidence()));
        }
        return suggested;
    }

    private Map<String, Object[]> candidates(Citations citations, Letter letter) {
        StringBuilder sql = new StringBuilder("SELECT p.reference, p.kind, p.title, p.author_name, i.number,"
                + " i.cover_date, p.published_at, p.sign_off FROM piece p LEFT JOIN issue i ON i.id = p.issue_id"
                + " WHERE p.published_at IS NOT NULL AND p.published_at <= :received"
                + " AND (p.letter_id IS NULL OR p.letter_id <> :letter) AND (false");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("received", letter.receivedAt());
        parameters.put("letter", letter.id() == null ? -1L : letter.id());
        if (!citations.issueNumbers().isEmpty()) {
            sql.append(" OR i.number IN (:numbers)");
            parameters.put("numbers", List.copyOf(citations.issueNumbers()));
        }
        int n = 0;
        for (String surname : citations.surnames()) {
            sql.append(" OR lower(p.author_name) LIKE :surname").append(n);
            parameters.put("surname" + n++, "%" + like(surname) + "%");
        }
        n = 0;
        for (DateRange range : citations.dateRanges()) {
            sql.append(" OR (p.published_at >= :from")
                    .append(n)
                    .append(" AND p.published_at < :to")
                    .append(n)
                    .append(") OR i.cover_date BETWEEN :fromDay")
                    .append(n)
                    .append(" AND :toDay")
                    .append(n);
            parameters.put("from" + n, range.from().atStartOfDay(ZoneOffset.UTC).toInstant());
            parameters.put(
                    "to" + n,
                    range.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            parameters.put("fromDay" + n, Date.valueOf(range.from()));
            parameters.put("toDay" + n++, Date.valueOf(range.to()));
        }
        n = 0;
        for (String phrase : citations.titlePhrases()) {
            sql.append(" OR lower(p.title) LIKE :title").append(n);
            parameters.put("title" + n++, "%" + like(phrase) + "%");
        }
        sql.append(") ORDER BY p.published_at DESC LIMIT ").append(MOST_CANDIDATES);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        Map<String, Object[]> byReference = new LinkedHashMap<>();
        result.forEach(row -> byReference.put((String) row[0], row));
        return byReference;
    }

    private static Candidate candidate(Object[] row) {
        return new Candidate(
                (String) row[0],
                "ARTICLE".equals(row[1]) ? PieceKind.ARTICLE : PieceKind.LETTER,
                (String) row[2],
                (String) row[3],
                row[4] == null ? null : ((Number) row[4]).intValue(),
                row[5] == null ? null : localDate(row[5]),
                Columns.instant(row[6]));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    private static String like(String text) {
        return text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
