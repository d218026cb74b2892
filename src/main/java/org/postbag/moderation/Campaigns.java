package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.postbag.accounts.SectionScope;
import org.postbag.letter.Flag;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.MinHash;

/**
 * Campaign letters: near-identical texts signed by different names within 90 days. Found
 * through the MinHash band index (never by comparing every pair), measured exactly, and
 * linked both ways so that each letter's page lists the others.
 */
@ApplicationScoped
public class Campaigns {

    static final double NEAR_IDENTICAL = 0.7;
    static final Duration WINDOW = Duration.ofDays(90);

    /**
     * The share of agreeing sketch places from which a letter is measured exactly: 12 of 32. A
     * pair of letters at the 0.7 that makes a campaign falls below it about once in 30,000
     * times (a binomial tail), against the one in ten that the bands already miss.
     */
    static final double WORTH_MEASURING = 12 / 32.0;

    @PersistenceContext
    private EntityManager em;

    /** Letters written like this one: the band hashes to store, and the campaign flag if any. */
    public record Match(String reference, double similarity) implements Serializable {

        public int percent() {
            return (int) Math.round(similarity * 100);
        }
    }

    /**
     * Finds the near-identical letters of a letter being stored, links them, and flags the
     * new letter.
     */
    public List<Match> link(Letter letter) {
        long[] bands = letter.provenance().minhashBands();
        if (bands.length == 0) {
            return List.of();
        }
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery(
                        // The bands find a handful of letters; the date is checked on those. Left to
                        // itself the planner also scans the date index (every letter of the last 90
                        // days) and intersects the two, 10 ms at a million letters.
                        "WITH sharing AS MATERIALIZED (SELECT id, minhash_sketch, received_at,"
                                + " author_email FROM letter WHERE minhash_bands && CAST(?1 AS bigint[]) AND id <> ?3)"
                                + " SELECT id, minhash_sketch FROM sharing WHERE received_at > ?2"
                                + " AND lower(coalesce(author_email, '')) <> lower(?4) LIMIT 200")
                .setParameter(1, array(bands))
                .setParameter(2, letter.receivedAt().minus(WINDOW))
                .setParameter(3, letter.id())
                .setParameter(
                        4,
                        letter.author().email() == null ? "" : letter.author().email())
                .getResultList();
        // A shared band alone says little: only the letters whose sketch agrees in enough places
        // are fetched and measured (those stored before sketches were kept always are).
        byte[] sketch = letter.provenance().minhashSketch();
        long[] likely = candidates.stream()
                .filter(candidate -> {
                    double estimate = MinHash.estimate(sketch, (byte[]) candidate[1]);
                    return Double.isNaN(estimate) || estimate >= WORTH_MEASURING;
                })
                .mapToLong(candidate -> ((Number) candidate[0]).longValue())
                .toArray();
        List<Match> matches = new ArrayList<>();
        if (likely.length == 0) {
            return matches;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> texts = em.createNativeQuery("SELECT id, reference, original_body FROM letter"
                        + " WHERE id = ANY (CAST(?1 AS bigint[])) ORDER BY id")
                .setParameter(1, array(likely))
                .getResultList();
        ToDoubleFunction<String> similarityTo = MinHash.similarityTo(letter.originalBody());
        for (Object[] text : texts) {
            double similarity = similarityTo.applyAsDouble((String) text[2]);
            if (similarity >= NEAR_IDENTICAL) {
                long other = ((Number) text[0]).longValue();
                matches.add(new Match((String) text[1], similarity));
                em.createNativeQuery("INSERT INTO letter_similarity (letter_id, similar_id, similarity)"
                                + " VALUES (?1, ?2, ?3), (?2, ?1, ?3) ON CONFLICT DO NOTHING")
                        .setParameter(1, letter.id())
                        .setParameter(2, other)
                        .setParameter(3, (float) similarity)
                        .executeUpdate();
            }
        }
        if (!matches.isEmpty()) {
            List<String> references =
                    matches.stream().map(Match::reference).limit(5).toList();
            letter.flags()
                    .add(List.of(new Flag(
                            FlagKind.CAMPAIGN,
                            "Near-identical to " + String.join(", ", references)
                                    + (matches.size() > 5 ? " and " + (matches.size() - 5) + " more" : "")
                                    + ", signed by other names")));
        }
        return matches;
    }

    private static String array(long[] values) {
        return "{" + Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(",")) + "}";
    }

    /** The letters near-identical to this one, most alike first. */
    public List<Match> of(Letter letter) {
        return of(letter, SectionScope.ALL);
    }

    /** The same, among the letters a section editor may see. */
    public List<Match> of(Letter letter, SectionScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT l.reference, s.similarity FROM letter_similarity s JOIN letter l ON l.id = s.similar_id"
                                + " WHERE s.letter_id = ?1" + scope.sql("l.section_id")
                                + " ORDER BY s.similarity DESC, l.reference")
                .setParameter(1, letter.id())
                .getResultList();
        return rows.stream()
                .map(row -> new Match((String) row[0], ((Number) row[1]).doubleValue()))
                .toList();
    }
}
