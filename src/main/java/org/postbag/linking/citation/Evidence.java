package org.postbag.linking.citation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The letter's cues against every candidate, computed once: how strongly each cue fits each candidate, how many
 * candidates each cue fits, and which cues stand close enough together to be one citation.
 */
final class Evidence {

    private final List<Cue> cues;
    private final List<CueMatcher> matchers;
    private final double[][] strengths;
    private final int[] sharedBy;
    private final double[] totals;
    /** For each cue, the publication of the most recent candidate it fits. */
    private final Instant[] latest;

    private final List<int[]> citations;

    Evidence(List<Cue> cues, List<CueMatcher> matchers) {
        this.cues = cues;
        this.matchers = matchers;
        this.strengths = new double[matchers.size()][cues.size()];
        this.sharedBy = new int[cues.size()];
        this.totals = new double[cues.size()];
        this.latest = new Instant[cues.size()];
        for (int q = 0; q < cues.size(); q++) {
            if (!CueMatcher.isEvidence(cues.get(q))) {
                continue;
            }
            CueMatcher.Cited cited = CueMatcher.Cited.of(cues.get(q));
            for (int m = 0; m < matchers.size(); m++) {
                strengths[m][q] = matchers.get(m).strength(cited);
                if (strengths[m][q] > 0) {
                    sharedBy[q]++;
                    totals[q] += strengths[m][q];
                    Instant published = matchers.get(m).candidate().publishedAt();
                    latest[q] = latest[q] == null || published.isAfter(latest[q]) ? published : latest[q];
                }
            }
        }
        this.citations = citations(cues);
    }

    Cue cue(int q) {
        return cues.get(q);
    }

    CueMatcher matcher(int m) {
        return matchers.get(m);
    }

    double strength(int m, int q) {
        return strengths[m][q];
    }

    int sharedBy(int q) {
        return Math.max(1, sharedBy[q]);
    }

    /**
     * The part of cue q's weight that goes to candidate m: a cue that fits several candidates is spread over them,
     * most to those it fits best ("Peter Smith" to Peter Smith rather than to Jane Smith).
     */
    double share(int m, int q) {
        return totals[q] > 0 ? strengths[m][q] / totals[q] : 0;
    }

    /** Index ranges (first, last) of cues that stand together in the text. */
    List<int[]> citations() {
        return citations;
    }

    boolean anyMatch(int[] citation) {
        for (int q = citation[0]; q <= citation[1]; q++) {
            if (sharedBy[q] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether candidate m is the most recent piece by an author named in the citation. */
    boolean isLatestOfItsAuthor(int m, int[] citation) {
        Instant published = matchers.get(m).candidate().publishedAt();
        for (int q = citation[0]; q <= citation[1]; q++) {
            if (cues.get(q) instanceof NameCue && strengths[m][q] > 0 && !latest[q].isAfter(published)) {
                return true;
            }
        }
        return false;
    }

    /** Cues are sorted by position; a gap wider than the limit starts a new citation. */
    private static List<int[]> citations(List<Cue> cues) {
        List<int[]> ranges = new ArrayList<>();
        int first = 0;
        int reach = -1;
        for (int q = 0; q < cues.size(); q++) {
            Span span = cues.get(q).span();
            if (q > first && span.start() - reach > CitationRanker.CITATION_GAP) {
                ranges.add(new int[] {first, q - 1});
                first = q;
            }
            reach = q == first ? span.end() : Math.max(reach, span.end());
        }
        if (!cues.isEmpty()) {
            ranges.add(new int[] {first, cues.size() - 1});
        }
        return ranges;
    }
}
