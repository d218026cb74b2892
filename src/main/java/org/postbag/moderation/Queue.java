package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postbag.accounts.SectionScope;
import org.postbag.house.Sections;
import org.postbag.house.Settings;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterText;
import org.postbag.linking.ReplyLinkStatus;

/**
 * The editors' queue. Pages by keyset on (received time, id), never by OFFSET, so that every
 * page costs the same; each tab's condition matches a partial or composite index (see
 * V3__editors_and_queue.sql). A page is three queries whatever its size: the ids in order,
 * the letters with who holds them, and what they reply to.
 */
@ApplicationScoped
public class Queue {

    public static final int PAGE = 50;

    /** Tab counts stop at this number ("10,000+"): counting a million rows is not worth a wait. */
    public static final int COUNT_CAP = 10_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private LetterAccess access;

    @Inject
    private Sections sections;

    /** How long a server keeps an editor's tab counts when nothing changes on it. */
    static final Duration COUNTS_KEPT = Duration.ofSeconds(10);

    private final AtomicLong changes = new AtomicLong();
    private final Map<Long, KeptCounts> keptCounts = new ConcurrentHashMap<>();

    /** The page after {@code after} (or the first), in the filter's order. */
    @Transactional
    public QueuePage page(QueueFilter filter, long editorId, Cursor after) {
        return page(filter, editorId, after, true);
    }

    /** The page before {@code before}, in the filter's order. */
    @Transactional
    public QueuePage pageBefore(QueueFilter filter, long editorId, Cursor before) {
        return page(filter, editorId, before, false);
    }

    /**
     * The letter after {@code reference} in the filter's tab and order, where the editor goes on
     * to after deciding it: found from the letter's place, whether it is still in the tab or not.
     */
    @Transactional
    public Optional<String> nextAfter(QueueFilter filter, long editorId, String reference) {
        Optional<LetterReference> letter = LetterReference.parse(reference);
        if (letter.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> place = em.createQuery(
                        "select l.receivedAt, l.id from Letter l where l.reference = :reference", Object[].class)
                .setParameter("reference", letter.get())
                .getResultList();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Cursor at = new Cursor((Instant) place.get(0)[0], (Long) place.get(0)[1]);
        List<Object[]> next = ids(filter, editorId, access.scopeOf(editorId), at, !filter.newestFirst(), 1);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select l.reference from Letter l where l.id = :id", LetterReference.class)
                .setParameter("id", ((Number) next.get(0)[0]).longValue())
                .getResultStream()
                .findFirst()
                .map(LetterReference::value);
    }

    private QueuePage page(QueueFilter filter, long editorId, Cursor cursor, boolean forward) {
        boolean ascending = forward != filter.newestFirst();
        SectionScope scope = access.scopeOf(editorId);
        List<Object[]> keys = ids(filter, editorId, scope, cursor, ascending, PAGE + 1);
        boolean more = keys.size() > PAGE;
        if (more) {
            keys = keys.subList(0, PAGE);
        }
        if (!forward) {
            keys = new ArrayList<>(keys);
            Collections.reverse(keys);
        }
        List<Long> ids = keys.stream().map(k -> ((Number) k[0]).longValue()).toList();
        List<QueueRow> rows = rows(ids);
        Cursor first = rows.isEmpty()
                ? null
                : new Cursor(rows.get(0).receivedAt(), rows.get(0).id());
        Cursor last = rows.isEmpty()
                ? null
                : new Cursor(
                        rows.get(rows.size() - 1).receivedAt(),
                        rows.get(rows.size() - 1).id());
        Cursor previous = forward ? (cursor == null ? null : first) : (more ? first : null);
        Cursor next = forward ? (more ? last : null) : last;
        return new QueuePage(rows, previous, next, counts(editorId, scope));
    }

    private List<Object[]> ids(
            QueueFilter filter, long editorId, SectionScope scope, Cursor cursor, boolean ascending, int limit) {
        // A section editor's queue, tabs and search alike, holds their sections' letters only.
        StringBuilder sql = new StringBuilder("SELECT l.id, l.received_at FROM letter l WHERE ")
                .append(filter.tab().condition())
                .append(scope.sql("l.section_id"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.tab() == QueueTab.MINE) {
            parameters.put("editor", editorId);
        }
        if (filter.search() != null) {
            sql.append(" AND l.search_vector @@ websearch_to_tsquery("
                    + "(SELECT configuration FROM search_language WHERE id = 1), :search)");
            parameters.put("search", filter.search());
        }
        if (filter.flag() == FlagKind.OVER_LENGTH) {
            // Over the limit now, after any cut: the current text's count, not the flag at arrival.
            sql.append(" AND l.word_count > :limit");
            parameters.put("limit", settings.wordLimit());
        } else if (filter.flag() == FlagKind.CAMPAIGN) {
            sql.append(" AND (EXISTS (SELECT 1 FROM letter_similarity s WHERE s.letter_id = l.id)"
                    + " OR EXISTS (SELECT 1 FROM letter_flag f WHERE f.letter_id = l.id AND f.kind = 'CAMPAIGN'))");
        } else if (filter.flag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM letter_flag f WHERE f.letter_id = l.id AND f.kind = :flag)");
            parameters.put("flag", filter.flag().name());
        }
        if (filter.replyingTo() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM reply_link r JOIN piece p ON p.id = r.piece_id"
                    + " WHERE r.letter_id = l.id AND p.reference = :piece AND r.status <> 'DISMISSED')");
            parameters.put("piece", filter.replyingTo());
        }
        if (filter.from() != null) {
            sql.append(" AND l.received_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND l.received_at < :to");
            parameters.put("to", filter.to());
        }
        if (cursor != null) {
            sql.append(
                    ascending ? " AND (l.received_at, l.id) > (:at, :id)" : " AND (l.received_at, l.id) < (:at, :id)");
            parameters.put("at", cursor.receivedAt());
            parameters.put("id", cursor.id());
        }
        sql.append(ascending ? " ORDER BY l.received_at, l.id" : " ORDER BY l.received_at DESC, l.id DESC")
                .append(" LIMIT ")
                .append(limit);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result;
    }

    /** The letters with who holds them and their flags in one query (the flags used to cost one query per row). */
    private List<QueueRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Letter> letters = em
                .createQuery(
                        "select distinct l from Letter l left join fetch l.claim.editor left join fetch l.flags.noticed"
                                + " where l.id in :ids",
                        Letter.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Letter::id, Function.identity(), (same, again) -> same));
        Map<Long, List<String>> replies = em.createQuery(
                        "select r.letter.id, p.title, r.status from ReplyLink r join r.piece p"
                                + " where r.letter.id in :ids and r.status <> :dismissed order by r.createdAt",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("dismissed", ReplyLinkStatus.DISMISSED)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> r[1] + (r[2] == ReplyLinkStatus.SUGGESTED ? " (suggested)" : ""),
                                Collectors.toList())));
        Set<Long> overdue = new HashSet<>(em.createQuery(
                        "select a.letter.id from AuthorApproval a where a.letter.id in :ids and a.answer is null"
                                + " and a.dueAt < :now",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("now", clock.instant())
                .getResultList());
        int limit = settings.wordLimit();
        Map<Long, String> sectionNames = sections.names();
        List<QueueRow> rows = new ArrayList<>();
        for (long id : ids) {
            Letter letter = letters.get(id);
            if (letter == null) {
                continue;
            }
            rows.add(new QueueRow(
                    id,
                    letter.reference(),
                    letter.version(),
                    headline(letter),
                    letter.author().signOff(),
                    letter.receivedAt(),
                    letter.status(),
                    letter.flags().all().stream()
                            .filter(flag -> flag.kind() != FlagKind.OVER_LENGTH)
                            .toList(),
                    replies.getOrDefault(id, List.of()),
                    letter.claim().map(claim -> claim.editor().displayName()).orElse(null),
                    letter.wordCount(),
                    letter.wordCount() > limit,
                    overdue.contains(id),
                    letter.provenance().arrivedBy(),
                    sectionNames.get(letter.sectionId())));
        }
        return rows;
    }

    private static String headline(Letter letter) {
        if (letter.revisions().headline() != null) {
            return letter.revisions().headline();
        }
        return letter.subject() != null ? letter.subject() : LetterText.firstWords(letter.originalBody(), 12);
    }

    /**
     * How many letters each tab holds, up to the cap. Counting is the part of a queue page that
     * grows with the archive (up to the cap, tens of thousands of index entries a page), so each
     * editor's counts are kept for {@link #COUNTS_KEPT}: until the next change to any letter made
     * through this server (every change records a {@link LetterEvent}, observed once its
     * transaction is over) or, for changes made on other servers of a cluster, for at most that
     * long.
     */
    public Map<QueueTab, Long> counts(long editorId) {
        return counts(editorId, access.scopeOf(editorId));
    }

    private Map<QueueTab, Long> counts(long editorId, SectionScope scope) {
        long generation = changes.get();
        Instant now = clock.instant();
        KeptCounts kept = keptCounts.get(editorId);
        if (kept != null
                && kept.generation() == generation
                && kept.scope().equals(scope)
                && now.isBefore(kept.countedAt().plus(COUNTS_KEPT))) {
            return kept.counts();
        }
        Map<QueueTab, Long> counts = count(editorId, scope);
        if (keptCounts.size() > 1_000) {
            keptCounts.clear();
        }
        keptCounts.put(editorId, new KeptCounts(generation, now, scope, counts));
        return counts;
    }

    /** A letter changed; the counts kept are out of date once its transaction is over, whatever its outcome. */
    void letterChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) LetterEvent event) {
        changes.incrementAndGet();
    }

    private record KeptCounts(long generation, Instant countedAt, SectionScope scope, Map<QueueTab, Long> counts) {}

    /**
     * One statement with a bounded count per tab (each an index-only scan), so that the tabs
     * cost one round trip, not eight.
     */
    private Map<QueueTab, Long> count(long editorId, SectionScope scope) {
        QueueTab[] tabs = QueueTab.values();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tabs.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(SELECT count(*) FROM (SELECT 1 FROM letter l WHERE ")
                    .append(tabs[i].condition())
                    .append(scope.sql("l.section_id"))
                    .append(" LIMIT ")
                    .append(COUNT_CAP + 1)
                    .append(") capped)");
        }
        Object[] row = (Object[]) em.createNativeQuery(sql.toString())
                .setParameter("editor", editorId)
                .getSingleResult();
        Map<QueueTab, Long> counts = new EnumMap<>(QueueTab.class);
        for (int i = 0; i < tabs.length; i++) {
            counts.put(tabs[i], ((Number) row[i]).longValue());
        }
        return counts;
    }
}
