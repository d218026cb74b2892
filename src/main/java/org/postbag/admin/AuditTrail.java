package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterReference;

/**
 * The audit trail searched by admins: what happened to letters (who did what, to which letter)
 * and what admins did outside any one letter (settings, people, invitations, exports,
 * erasures, imports), in one list, newest first. Paged by keyset on (time, trail, id), so that
 * every page costs the same however long the trail.
 */
@ApplicationScoped
public class AuditTrail {

    public static final int PAGE = 100;

    /** Which trail an event belongs to. */
    public enum Trail {
        LETTER,
        ADMIN
    }

    /**
     * What the admin looks for; any part may be null. {@code trail} alone narrows to one trail;
     * {@code action} (a {@link LetterAction} name for letters, the recorded name for admin events)
     * to one kind of event.
     */
    public record Search(
            String who, Trail trail, String action, String reference, Instant from, Instant to, String text) {}

    /** Where the next page starts: the last event shown. */
    public record Cursor(Instant at, Trail trail, long id) implements Serializable {

        public String token() {
            return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1000) + "-"
                    + trail.name().charAt(0) + "-" + id;
        }

        public static Optional<Cursor> parse(String token) {
            if (token == null || token.length() > 60) {
                return Optional.empty();
            }
            String[] parts = token.split("-");
            try {
                if (parts.length != 3) {
                    return Optional.empty();
                }
                long micros = Long.parseLong(parts[0]);
                Trail trail = "L".equals(parts[1]) ? Trail.LETTER : "A".equals(parts[1]) ? Trail.ADMIN : null;
                if (trail == null) {
                    return Optional.empty();
                }
                Instant at = Instant.ofEpochSecond(
                        Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
                return Optional.of(new Cursor(at, trail, Long.parseLong(parts[2])));
            } catch (NumberFormatException | java.time.DateTimeException wrong) {
                return Optional.empty();
            }
        }
    }

    /** One event; {@code reference} is the letter's for a letter event, null for an admin's. */
    public record Line(
            Trail trail,
            long id,
            Instant at,
            String reference,
            String subject,
            String actor,
            String action,
            String from,
            String to,
            String note)
            implements Serializable {

        public Cursor cursor() {
            return new Cursor(at, trail, id);
        }

        public boolean isLetterEvent() {
            return trail == Trail.LETTER;
        }
    }

    @PersistenceContext
    private EntityManager em;

    /** The newest matching events, after the cursor when given; one more than a page tells that more exist. */
    @Transactional
    public List<Line> search(Search search, Cursor after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        boolean letterKind =
                search.action() == null || letterAction(search.action()).isPresent();
        if (search.trail() != Trail.ADMIN && letterKind) {
            letterPart(search, parameters).ifPresent(parts::add);
        }
        if (search.trail() != Trail.LETTER && (search.action() == null || !letterKind)) {
            parts.add(adminPart(search, parameters));
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM (")
                .append(String.join(" UNION ALL ", parts))
                .append(") t");
        if (after != null) {
            sql.append(" WHERE (t.at, t.trail, t.id) < (:afterAt, :afterTrail, :afterId)");
            parameters.put("afterAt", OffsetDateTime.ofInstant(after.at(), java.time.ZoneOffset.UTC));
            parameters.put("afterTrail", after.trail().name());
            parameters.put("afterId", after.id());
        }
        sql.append(" ORDER BY t.at DESC, t.trail DESC, t.id DESC LIMIT ").append(PAGE + 1);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AuditTrail::line).toList();
    }

    /** The kinds of admin event on record, for the filter. */
    @Transactional
    public List<String> adminActions() {
        return em.createQuery("select distinct e.action from AdminEvent e order by e.action", String.class)
                .setMaxResults(200)
                .getResultList();
    }

    /** "SETTING_CHANGED" as a person reads it: "Setting changed". */
    public static String label(String action) {
        Optional<LetterAction> letter = letterAction(action);
        if (letter.isPresent()) {
            return letter.get().label();
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Optional<String> letterPart(Search search, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(
                "SELECT 'LETTER' AS trail, e.id, e.at, l.reference, NULL AS subject, e.actor_name AS actor, e.action,"
                        + " e.from_status, e.to_status, e.note FROM letter_event e JOIN letter l ON l.id = e.letter_id"
                        + " WHERE TRUE");
        common(sql, "e.actor_name", "e.note", "e.at", search, parameters);
        if (search.action() != null) {
            sql.append(" AND e.action = :letterAction");
            parameters.put("letterAction", search.action());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            Optional<LetterReference> reference =
                    LetterReference.parse(search.reference().strip());
            if (reference.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" AND l.reference = :reference");
            parameters.put("reference", reference.get().toString());
        }
        return Optional.of(sql.toString());
    }

    private String adminPart(Search search, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(
                "SELECT 'ADMIN' AS trail, a.id, a.at, NULL AS reference, a.subject, a.actor, a.action,"
                        + " NULL AS from_status, NULL AS to_status, a.detail AS note FROM admin_event a WHERE TRUE");
        common(sql, "a.actor", "a.detail", "a.at", search, parameters);
        if (search.action() != null) {
            sql.append(" AND a.action = :adminAction");
            parameters.put("adminAction", search.action());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            sql.append(" AND lower(a.subject) LIKE :subject ESCAPE '\\'");
            parameters.put("subject", "%" + like(search.reference()) + "%");
        }
        return sql.toString();
    }

    private static void common(
            StringBuilder sql, String actor, String note, String at, Search search, Map<String, Object> parameters) {
        if (search.who() != null && !search.who().isBlank()) {
            sql.append(" AND lower(").append(actor).append(") LIKE :who ESCAPE '\\'");
            parameters.put("who", "%" + like(search.who()) + "%");
        }
        if (search.text() != null && !search.text().isBlank()) {
            sql.append(" AND lower(").append(note).append(") LIKE :text ESCAPE '\\'");
            parameters.put("text", "%" + like(search.text()) + "%");
        }
        if (search.from() != null) {
            sql.append(" AND ").append(at).append(" >= :from");
            parameters.put("from", OffsetDateTime.ofInstant(search.from(), java.time.ZoneOffset.UTC));
        }
        if (search.to() != null) {
            sql.append(" AND ").append(at).append(" < :to");
            parameters.put("to", OffsetDateTime.ofInstant(search.to(), java.time.ZoneOffset.UTC));
        }
    }

    private static Line line(Object[] row) {
        String action = (String) row[6];
        return new Line(
                Trail.valueOf((String) row[0]),
                ((Number) row[1]).longValue(),
                instant(row[2]),
                (String) row[3],
                (String) row[4],
                (String) row[5],
                label(action),
                status((String) row[7]),
                status((String) row[8]),
                (String) row[9]);
    }

    private static String status(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value);
    }

    private static Optional<LetterAction> letterAction(String action) {
        if (action == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LetterAction.valueOf(action));
        } catch (IllegalArgumentException notALetterAction) {
            return Optional.empty();
        }
    }

    private static String like(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
