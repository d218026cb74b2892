package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.infrastructure.persistence.Columns;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;

/**
 * A thread: the debate that grows from a root piece through confirmed reply links, with its
 * branches (two letters answering one piece). Read with one recursive query; a letter that is
 * not published yet is a leaf, because nothing can answer it.
 */
@ApplicationScoped
public class Threads {

    /** The most generations a thread is followed down: a guard, not a limit anyone meets. */
    static final int DEEPEST = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    /** A node of the tree: a piece (article or published letter) or an unpublished letter, and its replies. */
    public record Node(
            String reference,
            String title,
            String signOff,
            String kind,
            Integer issue,
            Instant publishedAt,
            String letterStatus,
            String linkStatus,
            int depth,
            List<Node> replies,
            boolean repeated)
            implements Serializable {

        public boolean published() {
            return publishedAt != null;
        }

        /**
         * The node and everything under it, in reading order (depth first), each piece once: a
         * letter that answers two pieces of the debate stands under both, but its second place
         * is {@link #repeated} and points back to the first.
         */
        public List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            if (!repeated) {
                all.add(this);
            }
            replies.forEach(reply -> all.addAll(reply.flatten()));
            return all;
        }
    }

    /**
     * The tree under a piece. With {@code publicOnly}, only published pieces joined by
     * confirmed links: what readers see, and nothing at all when the piece itself is not
     * published (taken down, or the piece made early for a right of reply). Otherwise every
     * letter that answers, with its status and whether its link is confirmed or only
     * suggested: what editors see.
     */
    public Optional<Node> tree(String rootReference, boolean publicOnly) {
        return tree(rootReference, publicOnly, SectionScope.ALL);
    }

    /**
     * The tree as this editor may see it: the letters not published yet that are outside their
     * sections are left out (they have no replies of their own to lose: only a published piece
     * is answered).
     */
    public Optional<Node> deskTree(String rootReference, long editorId) {
        return tree(rootReference, false, accounts.sectionScopeOf(editorId));
    }

    private Optional<Node> tree(String rootReference, boolean publicOnly, SectionScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH RECURSIVE tree (piece_id, letter_id, parent_piece_id, link_status, depth) AS (
                    SELECT p.id, p.letter_id, CAST(NULL AS bigint), CAST(NULL AS text), 0
                    FROM piece p WHERE p.reference = ?1 AND (NOT ?2 OR p.published_at IS NOT NULL)
                  UNION ALL
                    SELECT child.id, r.letter_id, t.piece_id, r.status, t.depth + 1
                    FROM tree t
                    JOIN reply_link r ON r.piece_id = t.piece_id
                         AND (r.status = 'CONFIRMED' OR (NOT ?2 AND r.status = 'SUGGESTED'))
                    LEFT JOIN piece child ON child.letter_id = r.letter_id
                    WHERE t.piece_id IS NOT NULL AND t.depth < ?3 AND (NOT ?2 OR child.published_at IS NOT NULL)
                )
                SELECT t.piece_id, t.parent_piece_id, t.link_status, t.depth,
                       coalesce(p.reference, l.reference), coalesce(p.title, l.headline, l.subject, ''),
                       coalesce(p.sign_off, l.author_name || CASE WHEN l.author_town <> '' THEN ', ' || l.author_town ELSE '' END),
                       coalesce(p.kind, 'LETTER'), i.number, p.published_at, l.status, l.received_at, l.original_body,
                       l.section_id
                FROM tree t
                LEFT JOIN piece p ON p.id = t.piece_id
                LEFT JOIN letter l ON l.id = t.letter_id
                LEFT JOIN issue i ON i.id = p.issue_id
                ORDER BY t.depth, coalesce(p.published_at, l.received_at), coalesce(p.reference, l.reference)
                """)
                .setParameter(1, rootReference)
                .setParameter(2, publicOnly)
                .setParameter(3, DEEPEST)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Object[]>> childrenByParent = new LinkedHashMap<>();
        Object[] root = null;
        for (Object[] row : rows) {
            if (row[0] == null && !scope.includes(row[13] == null ? null : ((Number) row[13]).longValue())) {
                continue;
            }
            if (((Number) row[3]).intValue() == 0) {
                root = row;
            } else {
                childrenByParent
                        .computeIfAbsent(String.valueOf(row[1]), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return Optional.of(node(root, childrenByParent, new HashSet<>()));
    }

    /**
     * A node where the depth-first reading first meets its piece; a piece met again (a letter
     * that answers two pieces of this debate, or a loop of links) is a repeated leaf there.
     */
    private Node node(Object[] row, Map<String, List<Object[]>> childrenByParent, Set<String> placed) {
        String reference = (String) row[4];
        boolean repeated = !placed.add(reference);
        List<Node> replies = new ArrayList<>();
        if (row[0] != null && !repeated) {
            for (Object[] child : childrenByParent.getOrDefault(String.valueOf(row[0]), List.of())) {
                replies.add(node(child, childrenByParent, placed));
            }
        }
        String title = (String) row[5];
        if (title.isBlank() && row[12] != null) {
            title = LetterText.firstWords((String) row[12], 10);
        }
        return new Node(
                reference,
                title,
                (String) row[6],
                ((String) row[7]).toLowerCase(),
                row[8] == null ? null : ((Number) row[8]).intValue(),
                Columns.instant(row[9]),
                row[10] == null ? null : ((String) row[10]).toLowerCase().replace('_', ' '),
                row[2] == null ? null : ((String) row[2]).toLowerCase(),
                ((Number) row[3]).intValue(),
                List.copyOf(replies),
                repeated);
    }

    /**
     * Where a letter's thread starts: follow its confirmed links (or, with none, its reader's
     * suggestions) up to a piece that answers nothing.
     */
    public Optional<String> rootOf(Letter letter) {
        @SuppressWarnings("unchecked")
        List<String> roots = em.createNativeQuery("""
                WITH RECURSIVE up (piece_id, depth) AS (
                    SELECT r.piece_id, 1 FROM reply_link r WHERE r.letter_id = ?1 AND r.status <> 'DISMISSED'
                  UNION
                    SELECT r.piece_id, u.depth + 1
                    FROM up u JOIN piece p ON p.id = u.piece_id
                    JOIN reply_link r ON r.letter_id = p.letter_id AND r.status = 'CONFIRMED'
                    WHERE u.depth < ?2
                )
                SELECT p.reference FROM up u JOIN piece p ON p.id = u.piece_id
                WHERE NOT EXISTS (
                    SELECT 1 FROM reply_link r WHERE r.letter_id = p.letter_id AND r.status = 'CONFIRMED')
                ORDER BY u.depth DESC, p.published_at NULLS LAST, p.reference
                """)
                .setParameter(1, letter.id())
                .setParameter(2, DEEPEST)
                .getResultList();
        return roots.stream().findFirst();
    }

    /**
     * True if linking the letter to the piece would make a loop: the piece is the letter's
     * own, or answers it, however indirectly.
     */
    public boolean wouldLoop(Letter letter, long pieceId) {
        Number loops = (Number) em.createNativeQuery("""
                WITH RECURSIVE up (piece_id, depth) AS (
                    SELECT CAST(?1 AS bigint), 0
                  UNION
                    SELECT r.piece_id, u.depth + 1
                    FROM up u JOIN piece p ON p.id = u.piece_id
                    JOIN reply_link r ON r.letter_id = p.letter_id AND r.status = 'CONFIRMED'
                    WHERE u.depth < ?3
                )
                SELECT count(*) FROM up u JOIN piece p ON p.id = u.piece_id WHERE p.letter_id = ?2
                """)
                .setParameter(1, pieceId)
                .setParameter(2, letter.id())
                .setParameter(3, DEEPEST)
                .getSingleResult();
        return loops.longValue() > 0;
    }

    /** The pieces a letter answers and the pieces those answer, nearest first: where its quotations come from. */
    public List<Long> ancestorsOf(List<Long> pieceIds) {
        if (pieceIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                WITH RECURSIVE up (piece_id, depth) AS (
                    SELECT p.id, 0 FROM piece p WHERE p.id = ANY (CAST(?1 AS bigint[]))
                  UNION
                    SELECT r.piece_id, u.depth + 1
                    FROM up u JOIN piece p ON p.id = u.piece_id
                    JOIN reply_link r ON r.letter_id = p.letter_id AND r.status = 'CONFIRMED'
                    WHERE u.depth < ?2
                )
                SELECT piece_id FROM up GROUP BY piece_id ORDER BY min(depth), piece_id
                """)
                .setParameter(
                        1,
                        "{"
                                + String.join(
                                        ",",
                                        pieceIds.stream().map(String::valueOf).toList()) + "}")
                .setParameter(2, DEEPEST)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
