package org.postbag.linking.citation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the pieces a letter may answer. Cues close together in the text are read as one citation; within a citation
 * a name and an issue number (or date, or title) that agree on a candidate count for much more than either alone,
 * and earlier citations count for more than later ones, because letters name their main target first.
 */
public final class CitationRanker {

    /** What one cue that fits a candidate is worth: issue numbers and titles say most, dates least. */
    private static final double ISSUE_WEIGHT = 1.0;

    private static final double NAME_WEIGHT = 0.8;
    private static final double DATE_WEIGHT = 0.6;
    private static final double TITLE_WEIGHT = 1.0;

    /** Bonus when a name and an issue, date or title in one citation fit the same candidate. */
    private static final double TOGETHER = 0.8;

    /** Characters over which cues drift apart: at this distance a pair counts for about a third. */
    private static final double PROXIMITY = 80;

    /** Cues further apart than this begin a new citation. */
    static final int CITATION_GAP = 60;

    /** "article" or "reply" in a citation: added for a piece of that kind, taken off for the other kind. */
    private static final double KIND = 0.25;

    /** "Tom Aldridge's last letter": added for the most recent piece by the author named. */
    private static final double LATEST = 0.3;

    /** "since issue 117" names where an exchange began, more often background than the piece answered. */
    private static final double ORIGIN = 0.6;

    /** Letters name their main target first: later citations count 1 / (1 + decay * position), at least the floor. */
    private static final double POSITION_DECAY = 0.35;

    private static final double POSITION_FLOOR = 0.5;

    /** A reader's own piece is a weak target: "reply to my letter" answers the reply, not the letter. */
    private static final double OWN_PIECE = 0.3;

    /** A tie-breaker: letters mostly answer recent pieces. */
    private static final double RECENCY = 0.1;

    private static final double RECENCY_DAYS = 90;

    /** Raw score at which confidence reaches about 63 %, before a close runner-up lowers it. */
    private static final double SCALE = 1.5;

    /**
     * @param citations what the parser found in the letter
     * @param letterAuthor the letter writer's name, may be null
     * @param receivedAt when the letter arrived; nothing published later is suggested
     * @param candidates pieces fetched by the citations' issue numbers, names, dates and titles
     * @return suggestions with some evidence, best first
     */
    public List<Suggestion> rank(
            Citations citations, String letterAuthor, Instant receivedAt, List<Candidate> candidates) {
        Objects.requireNonNull(citations, "citations");
        Objects.requireNonNull(receivedAt, "receivedAt");
        List<CueMatcher> matchers = candidates.stream()
                .filter(candidate -> !candidate.publishedAt().isAfter(receivedAt))
                .map(CueMatcher::new)
                .toList();
        if (citations.isEmpty() || matchers.isEmpty()) {
            return List.of();
        }
        Evidence evidence = new Evidence(citations.cues(), matchers);
        PersonName writer = PersonName.parse(letterAuthor);
        List<Scored> scored = new ArrayList<>();
        for (int m = 0; m < matchers.size(); m++) {
            Scored score = score(evidence, m, writer, receivedAt);
            if (score != null) {
                scored.add(score);
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::raw)
                .reversed()
                .thenComparing(score -> score.candidate().publishedAt(), Comparator.reverseOrder())
                .thenComparing(score -> score.candidate().reference()));
        return suggestions(scored);
    }

    private Scored score(Evidence evidence, int m, PersonName writer, Instant receivedAt) {
        Set<String> notes = new LinkedHashSet<>();
        double raw = 0;
        int position = 0;
        for (int[] citation : evidence.citations()) {
            if (!evidence.anyMatch(citation)) {
                continue;
            }
            raw += citationScore(evidence, m, citation, position, notes);
            position++;
        }
        if (raw <= 0) {
            return null;
        }
        CueMatcher matcher = evidence.matcher(m);
        if (writer != null && writer.sameAs(matcher.author())) {
            raw *= OWN_PIECE;
            notes.add("written by the letter's own author, so a weak target");
        }
        double days =
                Duration.between(matcher.candidate().publishedAt(), receivedAt).toHours() / 24.0;
        raw += RECENCY * Math.exp(-days / RECENCY_DAYS);
        return new Scored(matcher.candidate(), raw, List.copyOf(notes));
    }

    /** One citation: cues from..to (inclusive) of the letter, the position-th citation that fits any candidate. */
    private double citationScore(Evidence evidence, int m, int[] citation, int position, Set<String> notes) {
        List<Integer> matched = new ArrayList<>();
        boolean named = false;
        boolean pointed = false;
        for (int q = citation[0]; q <= citation[1]; q++) {
            if (evidence.strength(m, q) > 0) {
                matched.add(q);
                named |= evidence.cue(q) instanceof NameCue;
                pointed |= CueMatcher.isPointer(evidence.cue(q));
            }
        }
        if (matched.isEmpty()) {
            return 0;
        }
        CueMatcher matcher = evidence.matcher(m);
        double sum = 0;
        for (int q : matched) {
            Cue cue = evidence.cue(q);
            // an issue holding several candidates spreads its weight over them, unless a name in the same citation
            // says which one (and the other way round for a name with several pieces)
            boolean disambiguated = cue instanceof NameCue ? pointed : named;
            double share = disambiguated ? 1 : evidence.share(m, q);
            sum += weight(cue) * evidence.strength(m, q) * share;
            notes.add(matcher.describe(cue, disambiguated ? 1 : evidence.sharedBy(q)));
        }
        if (named && pointed) {
            sum += TOGETHER * togetherness(evidence, m, matched, notes);
        }
        sum += kindScore(evidence, m, citation, named, notes);
        double factor = Math.max(POSITION_FLOOR, 1 / (1 + POSITION_DECAY * position));
        if (position == 0) {
            notes.add("first citation in the letter");
        }
        for (int q = citation[0]; q <= citation[1]; q++) {
            if (evidence.cue(q) instanceof OriginCue) {
                factor *= ORIGIN;
                notes.add(matcher.describe(evidence.cue(q), 1));
            }
        }
        return Math.max(0, sum) * factor;
    }

    /** The best name-and-pointer pair, by the weaker cue's strength and how close together they stand. */
    private static double togetherness(Evidence evidence, int m, List<Integer> matched, Set<String> notes) {
        double best = 0;
        Cue bestName = null;
        Cue bestPointer = null;
        for (int n : matched) {
            if (!(evidence.cue(n) instanceof NameCue)) {
                continue;
            }
            for (int p : matched) {
                if (CueMatcher.isPointer(evidence.cue(p))) {
                    int gap = evidence.cue(n).span().gapTo(evidence.cue(p).span());
                    double value =
                            Math.min(evidence.strength(m, n), evidence.strength(m, p)) * Math.exp(-gap / PROXIMITY);
                    if (value > best) {
                        best = value;
                        bestName = evidence.cue(n);
                        bestPointer = evidence.cue(p);
                    }
                }
            }
        }
        if (bestName != null) {
            notes.add("\"" + bestName.span().text() + "\" and \""
                    + bestPointer.span().text() + "\" cited together");
        }
        return best;
    }

    /** "article", "reply", "(Letters, ...)" in the citation: a small push towards pieces of that kind. */
    private static double kindScore(Evidence evidence, int m, int[] citation, boolean named, Set<String> notes) {
        CueMatcher matcher = evidence.matcher(m);
        KindCue fitting = null;
        KindCue other = null;
        for (int q = citation[0]; q <= citation[1]; q++) {
            if (evidence.cue(q) instanceof KindCue kind && !kind.writersOwn()) {
                if (kind.kind() == matcher.candidate().kind()) {
                    fitting = fitting == null ? kind : fitting;
                } else {
                    other = other == null ? kind : other;
                }
            }
        }
        if (fitting == null) {
            if (other == null) {
                return 0;
            }
            notes.add(matcher.describe(other, 1));
            return -KIND;
        }
        notes.add(matcher.describe(fitting, 1));
        if (fitting.latest() && named && evidence.isLatestOfItsAuthor(m, citation)) {
            notes.add("\"" + fitting.span().text() + "\" after \"last\" fits the author's latest piece");
            return KIND + LATEST;
        }
        return KIND;
    }

    private static double weight(Cue cue) {
        if (cue instanceof IssueCue) {
            return ISSUE_WEIGHT;
        }
        if (cue instanceof NameCue) {
            return NAME_WEIGHT;
        }
        return cue instanceof DateCue ? DATE_WEIGHT : TITLE_WEIGHT;
    }

    /** Confidence grows with the evidence and shrinks with a close runner-up. */
    private static List<Suggestion> suggestions(List<Scored> scored) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            double raw = scored.get(i).raw();
            double rival = i == 0
                    ? (scored.size() > 1 ? scored.get(1).raw() : 0)
                    : scored.get(0).raw();
            double absolute = 1 - Math.exp(-raw / SCALE);
            double share = raw / (raw + rival);
            double confidence = Math.round(absolute * (0.5 + 0.5 * share) * 1000) / 1000.0;
            suggestions.add(new Suggestion(
                    scored.get(i).candidate().reference(),
                    confidence,
                    scored.get(i).notes()));
        }
        return suggestions;
    }

    private record Scored(Candidate candidate, double raw, List<String> notes) {}
}
