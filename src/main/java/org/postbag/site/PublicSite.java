package org.postbag.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postbag.infrastructure.persistence.Columns;
import org.postbag.letter.LetterHtml;
import org.postbag.letter.LetterText;
import org.postbag.linking.Threads;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Piece;
import org.postbag.publishing.WebAddress;

/**
 * What readers read, in few queries: a page of letters costs three (the pieces, what they
 * answer, what answers them) however many letters it holds; a thread costs three more than
 * its tree. Everything here is published; nothing here knows a writer's address.
 */
@ApplicationScoped
public class PublicSite {

    public static final int SEARCH_PAGE = 20;

    /** The pages of results a search shows: enough for a reader, too few to walk the archive. */
    public static final int SEARCH_PAGES = 20;

    /**
     * The matches, newest first, that a search ranks. Ranking reads each match's whole text
     * vector, so a word found in most of the archive ("letter") would cost a pass over all of
     * it; a narrower search, with fewer matches than this, is ranked in full.
     */
    static final int RANKED_MATCHES = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Threads threads;

    /** A link to another piece, as a letter's "replying to" or "replies" line shows it. */
    public record Link(String reference, String slug, String title, String signOff, String kind) {

        public String href() {
            return ("article".equals(kind) ? "/articles/" : "/letters/") + reference + "/" + slug;
        }
    }

    /** A published piece as readers see it. */
    public record View(
            String reference,
            String slug,
            String kind,
            String title,
            String signOff,
            String authorSlug,
            String body,
            String url,
            Integer issue,
            String issueTitle,
            Instant publishedAt,
            String correction,
            Instant correctedAt,
            List<Link> replyingTo,
            List<Link> replies) {

        public String href() {
            return ("article".equals(kind) ? "/articles/" : "/letters/") + reference + "/" + slug;
        }

        /** The first words, for descriptions and feeds. */
        public String summary() {
            return body == null ? title : LetterText.firstWords(body, 40);
        }
    }

    /** An issue's letters page, and the articles of the issue that the letters may answer. */
    public record IssuePage(
            int number,
            String title,
            Instant publishedAt,
            List<View> letters,
            List<View> articles,
            Instant takenDownAt,
            String takenDownReason) {}

    /**
     * The letters page published last: by date, not by number, so that an archive issue added
     * today (no. 249 of 2001) does not become the home page.
     */
    @Transactional
    public Optional<IssuePage> latestPage() {
        List<Integer> numbers = em.createQuery(
                        "select i.number from Piece p join p.issue i where p.publishedAt is not null"
                                + " and p.kind = org.postbag.publishing.PieceKind.LETTER group by i.number"
                                + " order by max(p.publishedAt) desc, i.number desc",
                        Integer.class)
                .setMaxResults(1)
                .getResultList();
        return numbers.isEmpty() ? Optional.empty() : issuePage(numbers.get(0));
    }

    @Transactional
    public Optional<IssuePage> issuePage(int number) {
        List<Issue> found = em.createQuery("select i from Issue i where i.number = :number", Issue.class)
                .setParameter("number", number)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Issue issue = found.get(0);
        List<Piece> pieces = em.createQuery(
                        "select p from Piece p join fetch p.issue where p.issue = :issue and p.publishedAt is not null"
                                + " order by p.pagePosition nulls last, p.publishedAt, p.id",
                        Piece.class)
                .setParameter("issue", issue)
                .getResultList();
        // A page taken down still answers at its address, with the reason: readers may have linked to it.
        if (pieces.isEmpty() && issue.takenDownReason() == null) {
            return Optional.empty();
        }
        List<View> views = views(pieces);
        return Optional.of(new IssuePage(
                issue.number(),
                issue.title(),
                issue.publishedAt(),
                views.stream().filter(view -> "letter".equals(view.kind())).toList(),
                views.stream().filter(view -> "article".equals(view.kind())).toList(),
                issue.takenDownAt(),
                issue.takenDownReason()));
    }

    /** The issues that have a published letters page, newest first, with how many letters each. */
    public record ArchiveEntry(int number, String title, long letters) {}

    @Transactional
    public List<ArchiveEntry> archive() {
        return em.createQuery(
                        "select i.number, i.title, count(p) from Piece p join p.issue i where p.publishedAt is not null"
                                + " and p.kind = org.postbag.publishing.PieceKind.LETTER group by i.number, i.title"
                                + " order by i.number desc",
                        Object[].class)
                .getResultStream()
                .map(row -> new ArchiveEntry((Integer) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    @Transactional
    public Optional<View> piece(String reference) {
        List<Piece> found = em.createQuery(
                        "select p from Piece p left join fetch p.issue where p.reference = :reference and p.publishedAt is not null",
                        Piece.class)
                .setParameter("reference", reference)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(views(found).get(0));
    }

    /** The letters of one writer (by the slug of their printed name), newest first. */
    @Transactional
    public List<View> byWriter(String authorSlug) {
        List<Piece> pieces = em.createQuery(
                        "select p from Piece p left join fetch p.issue where p.authorSlug = :slug and p.publishedAt is not null"
                                + " and p.kind = org.postbag.publishing.PieceKind.LETTER order by p.publishedAt desc",
                        Piece.class)
                .setParameter("slug", authorSlug)
                .setMaxResults(200)
                .getResultList();
        return views(pieces);
    }

    /** A thread for readers: the tree of published letters, and each node's text. */
    public record ThreadPage(Threads.Node root, Map<String, View> views) {

        public View view(String reference) {
            return views.get(reference);
        }
    }

    @Transactional
    public Optional<ThreadPage> thread(String rootReference) {
        return threads.tree(rootReference, true).map(root -> {
            List<String> references =
                    root.flatten().stream().map(Threads.Node::reference).toList();
            List<Piece> pieces = em.createQuery(
                            "select p from Piece p left join fetch p.issue where p.reference in :references"
                                    + " and p.publishedAt is not null",
                            Piece.class)
                    .setParameter("references", references)
                    .getResultList();
            Map<String, View> views = new LinkedHashMap<>();
            views(pieces).forEach(view -> views.put(view.reference(), view));
            return new ThreadPage(root, views);
        });
    }

    /** Where the public debate a piece belongs to starts: up its confirmed links to a piece that answers nothing. */
    @Transactional
    public String rootOf(String reference) {
        @SuppressWarnings("unchecked")
        List<String> roots =
                em.createNativeQuery("""
                WITH RECURSIVE up (piece_id, depth) AS (
                    SELECT id, 0 FROM piece WHERE reference = ?1
                  UNION
                    SELECT r.piece_id, u.depth + 1 FROM up u JOIN piece p ON p.id = u.piece_id
                    JOIN reply_link r ON r.letter_id = p.letter_id AND r.status = 'CONFIRMED'
                    WHERE u.depth < 60
                )
                SELECT p.reference FROM up u JOIN piece p ON p.id = u.piece_id
                WHERE p.published_at IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM reply_link r JOIN piece t ON t.id = r.piece_id
                    WHERE r.letter_id = p.letter_id AND r.status = 'CONFIRMED' AND t.published_at IS NOT NULL)
                ORDER BY u.depth DESC, p.published_at LIMIT 1
                """).setParameter(1, reference).getResultList();
        return roots.isEmpty() ? reference : roots.get(0);
    }

    /** The newest published letters, for the feed. */
    @Transactional
    public List<View> latestLetters(int most) {
        return views(em.createQuery(
                        "select p from Piece p left join fetch p.issue where p.publishedAt is not null"
                                + " and p.kind = org.postbag.publishing.PieceKind.LETTER order by p.publishedAt desc, p.id desc",
                        Piece.class)
                .setMaxResults(most)
                .getResultList());
    }

    /** A search result: the piece and an extract with the matching words marked. */
    public record Hit(Link link, Integer issue, Instant publishedAt, String extractHtml) {}

    public record SearchResults(String query, List<Hit> hits, int page, boolean more) {}

    /**
     * Full-text search over published letters and articles, best match first, with extracts in
     * which the words found are marked. {@code ts_headline} escapes nothing, so the extract is
     * escaped here and only our own marks are put back. Pages count from 0; from
     * {@link #SEARCH_PAGES} on, nothing is found.
     */
    @Transactional
    public SearchResults search(String query, int page) {
        return search(query, page, RANKED_MATCHES);
    }

    @Transactional
    SearchResults search(String query, int page, int ranked) {
        // The query comes straight from the address: normalised as a form field would be, since
        // PostgreSQL refuses a NUL in text and control characters mean nothing to a search.
        // A phone types “quotes”: PostgreSQL reads a phrase only between straight ones.
        String text = LetterText.normaliseLine(query).replaceAll("[“”„‟«»〝〞＂]", "\"");
        if (text.isEmpty() || text.length() > 200 || page < 0 || page >= SEARCH_PAGES) {
            return new SearchResults(query, List.of(), Math.max(0, page), false);
        }
        // The newest matches are chosen by date alone, without ranking any; only those are
        // ranked, and only the rows of the page shown get their extracts.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH q AS (SELECT websearch_to_tsquery(s.configuration, ?1) AS q, s.configuration AS cfg
                           FROM search_language s WHERE s.id = 1),
                matched AS (
                    SELECT p.id, p.published_at, p.search_vector FROM piece p, q
                    WHERE p.published_at IS NOT NULL AND p.search_vector @@ q.q
                    ORDER BY p.published_at DESC, p.id DESC LIMIT ?4
                ),
                ranked AS (
                    SELECT m.id, m.published_at, ts_rank_cd(m.search_vector, q.q) AS rank FROM matched m, q
                    ORDER BY rank DESC, m.published_at DESC, m.id
                    LIMIT ?2 OFFSET ?3
                )
                SELECT p.reference, p.slug, p.title, p.sign_off, p.kind, i.number, p.published_at,
                       ts_headline(q.cfg, regexp_replace(coalesce(p.body, p.title), '(^|\n)[ \t]*>[ \t]?', '\\1', 'g'), q.q,
                                   'StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\u0004'),
                       coalesce(p.body, p.title)
                FROM ranked r JOIN piece p ON p.id = r.id LEFT JOIN issue i ON i.id = p.issue_id, q
                ORDER BY r.rank DESC, r.published_at DESC, r.id
                """)
                .setParameter(1, text)
                .setParameter(2, SEARCH_PAGE + 1)
                .setParameter(3, page * SEARCH_PAGE)
                .setParameter(4, ranked)
                .getResultList();
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), SEARCH_PAGE))) {
            String extract = LetterHtml.escape(Extracts.withEllipses((String) row[7], (String) row[8]))
                    .replace("\u0002", "<mark>")
                    .replace("\u0003", "</mark>");
            hits.add(new Hit(
                    new Link(
                            (String) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            ((String) row[4]).toLowerCase()),
                    row[5] == null ? null : ((Number) row[5]).intValue(),
                    Columns.instant(row[6]),
                    extract));
        }
        return new SearchResults(query, hits, page, rows.size() > SEARCH_PAGE && page + 1 < SEARCH_PAGES);
    }

    private List<View> views(List<Piece> pieces) {
        if (pieces.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pieces.stream().map(Piece::id).toList();
        List<Long> letterIds =
                pieces.stream().map(Piece::letterId).filter(Objects::nonNull).toList();
        Map<Long, List<Link>> replyingTo = letterIds.isEmpty()
                ? Map.of()
                : links(
                        "select r.letter.id, t.reference, t.slug, t.title, t.signOff, t.kind from ReplyLink r join r.piece t"
                                + " where r.letter.id in :ids and r.status = org.postbag.linking.ReplyLinkStatus.CONFIRMED"
                                + " and t.publishedAt is not null order by t.publishedAt",
                        letterIds);
        Map<Long, List<Link>> replies = links(
                "select r.piece.id, a.reference, a.slug, a.title, a.signOff, a.kind from ReplyLink r, Piece a"
                        + " where a.letter = r.letter and r.piece.id in :ids"
                        + " and r.status = org.postbag.linking.ReplyLinkStatus.CONFIRMED and a.publishedAt is not null"
                        + " order by a.publishedAt",
                ids);
        List<View> views = new ArrayList<>();
        for (Piece piece : pieces) {
            Issue issue = piece.issue();
            Long letterId = piece.letterId();
            views.add(new View(
                    piece.reference(),
                    piece.slug(),
                    piece.kind().name().toLowerCase(),
                    piece.title(),
                    piece.signOff(),
                    piece.authorSlug(),
                    piece.body(),
                    WebAddress.linkable(piece.url()),
                    issue == null ? null : issue.number(),
                    issue == null ? null : issue.title(),
                    piece.publishedAt(),
                    piece.correction(),
                    piece.correctedAt(),
                    letterId == null ? List.of() : replyingTo.getOrDefault(letterId, List.of()),
                    replies.getOrDefault(piece.id(), List.of())));
        }
        return views;
    }

    private Map<Long, List<Link>> links(String jpql, Collection<Long> ids) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        LinkedHashMap::new,
                        Collectors.mapping(
                                row -> new Link(
                                        (String) row[1],
                                        (String) row[2],
                                        (String) row[3],
                                        (String) row[4],
                                        row[5].toString().toLowerCase()),
                                Collectors.toList())));
    }
}
