package org.postbag.linking.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postbag.testing.JsonMaps;

/** The sample debate the demo loads, as letters and candidates. */
final class TramDebate {

    record Piece(
            String key,
            PieceKind kind,
            boolean published,
            Integer issue,
            String title,
            String author,
            Instant receivedAt,
            List<String> replyTo,
            String body) {}

    final String magazine;
    final List<Piece> pieces;
    private final Map<Integer, LocalDate> issueDates = new HashMap<>();

    @SuppressWarnings("unchecked")
    private TramDebate(Map<String, Object> json) {
        magazine = (String) ((Map<String, Object>) json.get("magazine")).get("name");
        for (Object issue : (List<Object>) json.get("issues")) {
            Map<String, Object> fields = (Map<String, Object>) issue;
            issueDates.put(((Number) fields.get("number")).intValue(), LocalDate.parse((String) fields.get("date")));
        }
        pieces = ((List<Object>) json.get("pieces"))
                .stream().map(piece -> piece((Map<String, Object>) piece)).toList();
    }

    @SuppressWarnings("unchecked")
    static TramDebate load() {
        return new TramDebate((Map<String, Object>) JsonMaps.parse(JsonMaps.sample()));
    }

    Piece piece(String key) {
        return pieces.stream()
                .filter(piece -> piece.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** Every other published piece; the ranker itself must drop those published after the letter arrived. */
    List<Candidate> candidatesFor(Piece letter) {
        return pieces.stream()
                .filter(piece -> piece.published() && !piece.key().equals(letter.key()))
                .map(this::candidate)
                .toList();
    }

    Candidate candidate(Piece piece) {
        LocalDate date = issueDates.get(piece.issue());
        return new Candidate(
                piece.key(),
                piece.kind(),
                piece.title(),
                piece.author(),
                piece.issue(),
                date,
                date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @SuppressWarnings("unchecked")
    private static Piece piece(Map<String, Object> fields) {
        Object issue = fields.get("issue");
        return new Piece(
                (String) fields.get("key"),
                PieceKind.valueOf(((String) fields.get("kind")).toUpperCase(Locale.ROOT)),
                "published".equals(fields.get("status")),
                issue == null ? null : ((Number) issue).intValue(),
                (String) fields.get("title"),
                (String) ((Map<String, Object>) fields.get("author")).get("name"),
                Instant.parse((String) fields.get("receivedAt")),
                ((List<Object>) fields.get("replyTo"))
                        .stream().map(String.class::cast).toList(),
                (String) fields.get("body"));
    }
}
