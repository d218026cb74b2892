package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterReference;

/** The audit trail of every letter, searched by admins: who did what, to which letter, when. */
@ApplicationScoped
public class AuditTrail {

    public static final int PAGE = 100;

    /** What the admin looks for; any part may be null. Results are newest first. */
    public record Search(String who, LetterAction action, String reference, Instant from, Instant to, String text) {}

    public record Line(
            long id, Instant at, String reference, String actor, String action, String from, String to, String note)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    /** The newest matching events, older than the event {@code beforeId} when given. */
    public List<Line> search(Search search, Long beforeId) {
        StringBuilder jpql = new StringBuilder("select e from LetterEvent e join fetch e.letter where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (search.who() != null && !search.who().isBlank()) {
            jpql.append(" and lower(e.actorName) like :who");
            parameters.put("who", "%" + like(search.who()) + "%");
        }
        if (search.action() != null) {
            jpql.append(" and e.action = :action");
            parameters.put("action", search.action());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            Optional<LetterReference> reference =
                    LetterReference.parse(search.reference().strip());
            if (reference.isEmpty()) {
                return List.of();
            }
            jpql.append(" and e.letter.reference = :reference");
            parameters.put("reference", reference.get());
        }
        if (search.from() != null) {
            jpql.append(" and e.at >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" and e.at < :to");
            parameters.put("to", search.to());
        }
        if (search.text() != null && !search.text().isBlank()) {
            jpql.append(" and lower(e.note) like :text");
            parameters.put("text", "%" + like(search.text()) + "%");
        }
        if (beforeId != null) {
            jpql.append(" and e.id < :before");
            parameters.put("before", beforeId);
        }
        jpql.append(" order by e.id desc");
        TypedQuery<LetterEvent> query =
                em.createQuery(jpql.toString(), LetterEvent.class).setMaxResults(PAGE);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(e -> new Line(
                        e.id(),
                        e.at(),
                        e.letter().reference(),
                        e.actorName(),
                        e.action().label(),
                        e.fromStatus() == null ? null : e.fromStatus().label(),
                        e.toStatus() == null ? null : e.toStatus().label(),
                        e.note()))
                .toList();
    }

    private static String like(String text) {
        return text.strip()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
