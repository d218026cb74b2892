package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postbag.linking.quote.CloseMatcher.CloseMatch;

/**
 * Checks every quotation in a letter against the pieces it answers (given in priority order: the pieces it replies
 * to, then their ancestors in the thread) and, where the letter names another source, against the archive.
 *
 * <p>Words are compared after normalisation (see {@code WordTokenizer}), so case, line breaks, punctuation, curly or
 * straight quotes and apostrophes, and dashes make no difference. A quotation is {@link Verdict#VERIFIED} against the
 * first source that contains its words in order, where an ellipsis ({@code ...}, {@code . . .}, {@code …},
 * {@code [...]}) may skip any amount of text and a bracketed insertion ({@code [sic]}, {@code [the council]}) stands
 * for a few source words or none. Failing that it is {@link Verdict#ALTERED} if some source holds a span where at
 * least {@value #CLOSE_MATCH_THRESHOLD} of the words align, counted against the longer of the quotation and the span
 * (so that dropped words count as much as added ones); the most similar span wins, the earlier source on a tie.
 *
 * <p>What a quotation is checked against follows its {@link Attribution}, so that nobody is accused of misquoting
 * words they never claimed to quote:
 *
 * <ul>
 *   <li>presumed from, or attributed to, the answered pieces (no cue, "as you wrote", or the name of their author):
 *       verified, altered or {@link Verdict#NOT_FOUND}; words that are not in them but are in another piece of the
 *       archive are {@link Verdict#FOUND_ELSEWHERE};
 *   <li>attributed to another person or a document: checked against their pieces in the archive if there are any
 *       (verified or altered), otherwise, or when their pieces on file do not hold it, {@link Verdict#ATTRIBUTED};
 *   <li>attributed to another work of a person ("in her book"): verified if a piece on file holds it word for word,
 *       otherwise {@link Verdict#ATTRIBUTED}.
 * </ul>
 *
 * <p>Quotations of one or two words are {@link Verdict#TOO_SHORT}; so are those of three (slogans, scare quotes) unless
 * found word for word, and those of up to {@value #MAX_SLOGAN_WORDS} that no cue attributes and nothing on file comes
 * close to ("Use it or lose it"). A quotation the letter itself disowns ("she did not write that") is checked for
 * nothing but a word-for-word match. A person found by following a pronoun back is a guess, so words close to the answered pieces
 * are checked as theirs first.
 *
 * <p>Stateless and thread-safe. Callers checking many letters against the same sources should index them once with
 * {@link IndexedSource#of(Source)} and use {@link #checkIndexed(String, List)}.
 */
public final class QuoteChecker {

    public static final double CLOSE_MATCH_THRESHOLD = 0.7;
    static final int MIN_WORDS = 4;
    static final int MAX_SLOGAN_WORDS = 5;
    private static final int LOOKUP_WORDS = 3;

    private final QuotationFinder finder = new QuotationFinder();

    /** Finds and checks the quotations in a letter, in order of appearance, against the answered pieces only. */
    public List<QuoteCheck> check(String letter, List<Source> answered) {
        return check(letter, answered, Archive.NONE);
    }

    /** Finds and checks the quotations in a letter, in order of appearance. */
    public List<QuoteCheck> check(String letter, List<Source> answered, Archive archive) {
        requireNonNull(answered, "answered");
        requireNonNull(archive, "archive");
        List<Quotation> quotations = finder.find(letter);
        if (quotations.isEmpty()) {
            return List.of();
        }
        List<IndexedSource> indexed = answered.stream().map(IndexedSource::of).toList();
        Lookup lookup = new Lookup(archive, indexed);
        return quotations.stream()
                .map(quotation -> check(quotation, indexed, lookup))
                .toList();
    }

    /** As {@link #check(String, List)}, with sources indexed beforehand. */
    public List<QuoteCheck> checkIndexed(String letter, List<IndexedSource> answered) {
        requireNonNull(answered, "answered");
        Lookup lookup = new Lookup(Archive.NONE, answered);
        return finder.find(letter).stream()
                .map(quotation -> check(quotation, answered, lookup))
                .toList();
    }

    private QuoteCheck check(Quotation quotation, List<IndexedSource> answered, Lookup lookup) {
        QuotePattern pattern = QuotePattern.parse(quotation.text());
        if (pattern.wordCount() < MIN_WORDS - 1) {
            return QuoteCheck.unmatched(quotation, Verdict.TOO_SHORT, List.of());
        }
        Attribution attribution = quotation.attribution();
        if (attribution.referredBack()) {
            // A pronoun is only a guess at whom it means: words close to the answered pieces are taken as theirs.
            QuoteCheck inAnswered = against(quotation, pattern, answered, true);
            if (inAnswered.match().isPresent()) {
                return inAnswered;
            }
        }
        return switch (attribution.kind()) {
            case PRESUMED, ANSWERED -> presumedFromAnswered(quotation, pattern, answered, lookup);
            case PERSON, DOCUMENT -> attributed(quotation, pattern, answered, lookup);
            case OTHER_WORK -> otherWork(quotation, pattern, answered, lookup);
            case DISOWNED -> disowned(quotation, pattern, answered);
            case NEARBY -> nearby(quotation, pattern, answered, lookup);
        };
    }

    /**
     * No cue, but another source named near it: verified, altered or found elsewhere as if presumed, since those are
     * evidence in themselves; words found nowhere are {@link Verdict#SOURCE_NOT_NAMED}, unless what is named near it
     * is the answered author or piece.
     */
    private static QuoteCheck nearby(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> answered, Lookup lookup) {
        QuoteCheck check = presumedFromAnswered(quotation, pattern, answered, lookup);
        String named = quotation.attribution().name();
        boolean answeredNamed = answered.stream()
                .anyMatch(source -> Names.wrote(source.source().authorName(), named)
                        || Names.isDocument(
                                source.source().title(), source.source().authorName(), named));
        return check.verdict() == Verdict.NOT_FOUND && !answeredNamed
                ? QuoteCheck.unmatched(quotation, Verdict.SOURCE_NOT_NAMED, answered)
                : check;
    }

    private static QuoteCheck presumedFromAnswered(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> answered, Lookup lookup) {
        QuoteCheck inAnswered = against(quotation, pattern, answered, true, minWordsFor(quotation));
        if (inAnswered.verdict() != Verdict.NOT_FOUND || pattern.wordCount() == 0) {
            return inAnswered;
        }
        List<IndexedSource> elsewhere = lookup.holding(quotation.text());
        QuoteCheck inArchive = against(quotation, pattern, elsewhere, true);
        if (inArchive.match().isPresent()) {
            return new QuoteCheck(
                    quotation,
                    Verdict.FOUND_ELSEWHERE,
                    inArchive.match(),
                    inArchive.diff(),
                    references(answered, elsewhere));
        }
        Attribution.Kind kind = quotation.attribution().kind();
        if ((quotation.attribution().cue().isEmpty() || kind == Attribution.Kind.NEARBY)
                && pattern.wordCount() <= MAX_SLOGAN_WORDS) {
            // A few words that nothing names and nothing on file comes close to read as a slogan, not as a claim.
            return QuoteCheck.unmatched(quotation, Verdict.TOO_SHORT, answered);
        }
        return inAnswered;
    }

    private static QuoteCheck disowned(Quotation quotation, QuotePattern pattern, List<IndexedSource> answered) {
        QuoteCheck check = against(quotation, pattern, answered, false);
        return check.verdict() == Verdict.VERIFIED
                ? check
                : QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED, answered);
    }

    private static QuoteCheck attributed(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> answered, Lookup lookup) {
        Attribution attribution = quotation.attribution();
        boolean person = attribution.kind() == Attribution.Kind.PERSON;
        if (person && Names.isDescription(attribution.name())) {
            // "The leader of the council claimed": somebody described, not an author whose pieces could be on file.
            return QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED, List.of());
        }
        List<IndexedSource> own = answered.stream()
                .filter(source -> person
                        ? Names.wrote(source.source().authorName(), attribution.name())
                        : Names.isDocument(
                                source.source().title(), source.source().authorName(), attribution.name()))
                .toList();
        if (!own.isEmpty()) {
            return against(quotation, pattern, own, true, MIN_WORDS - 1);
        }
        List<IndexedSource> onFile =
                person ? lookup.byAuthor(attribution.name()) : lookup.byDocument(attribution.name());
        if (onFile.isEmpty()) {
            return QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED, List.of());
        }
        QuoteCheck check = against(quotation, pattern, onFile, true);
        // The archive rarely holds all a person wrote: words missing from it accuse nobody.
        return check.verdict() == Verdict.NOT_FOUND
                ? QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED, onFile)
                : check;
    }

    private static QuoteCheck otherWork(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> answered, Lookup lookup) {
        List<IndexedSource> candidates = new ArrayList<>(answered);
        String name = quotation.attribution().name();
        if (!name.isEmpty()) {
            candidates.addAll(lookup.byAuthor(name));
        }
        QuoteCheck check = against(quotation, pattern, candidates, false);
        return check.verdict() == Verdict.VERIFIED
                ? check
                : QuoteCheck.unmatched(quotation, Verdict.ATTRIBUTED, candidates);
    }

    /** Verified, altered or not found in these sources; too short if up to three words and not there as such. */
    private static QuoteCheck against(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> sources, boolean closeCounts) {
        return against(quotation, pattern, sources, closeCounts, MIN_WORDS);
    }

    /**
     * Three words a cue puts in the answered author's mouth ("his claim that co-operatives "never fail"") are a claim
     * about their words and are checked; three words nobody is named for are a slogan.
     */
    private static int minWordsFor(Quotation quotation) {
        return quotation.attribution().cue().isEmpty()
                        || quotation.attribution().kind() == Attribution.Kind.NEARBY
                ? MIN_WORDS
                : MIN_WORDS - 1;
    }

    private static QuoteCheck against(
            Quotation quotation, QuotePattern pattern, List<IndexedSource> sources, boolean closeCounts, int minWords) {
        for (IndexedSource source : sources) {
            Optional<TokenRange> exact = ExactMatcher.find(pattern, source);
            if (exact.isPresent()) {
                SourceMatch match = SourceMatch.of(source, exact.get(), 1.0);
                return new QuoteCheck(
                        quotation, Verdict.VERIFIED, Optional.of(match), List.of(), QuoteCheck.references(sources));
            }
        }
        if (pattern.wordCount() < minWords) {
            return QuoteCheck.unmatched(quotation, Verdict.TOO_SHORT, sources);
        }
        return closeCounts
                ? closest(quotation, pattern, sources)
                : QuoteCheck.unmatched(quotation, Verdict.NOT_FOUND, sources);
    }

    private static QuoteCheck closest(Quotation quotation, QuotePattern pattern, List<IndexedSource> sources) {
        CloseMatch best = null;
        IndexedSource bestSource = null;
        for (IndexedSource source : sources) {
            Optional<CloseMatch> match = CloseMatcher.find(pattern, source, CLOSE_MATCH_THRESHOLD);
            if (match.isPresent() && (best == null || match.get().similarity() > best.similarity())) {
                best = match.get();
                bestSource = source;
            }
        }
        if (best == null) {
            return QuoteCheck.unmatched(quotation, Verdict.NOT_FOUND, sources);
        }
        SourceMatch match = SourceMatch.of(bestSource, best.range(), best.similarity());
        return new QuoteCheck(
                quotation, Verdict.ALTERED, Optional.of(match), best.diff(), QuoteCheck.references(sources));
    }

    private static List<String> references(List<IndexedSource> first, List<IndexedSource> then) {
        List<String> references = new ArrayList<>(QuoteCheck.references(first));
        references.addAll(QuoteCheck.references(then));
        return references;
    }

    /** Archive look-ups for one letter, each piece indexed once; the answered pieces are never looked up again. */
    private static final class Lookup {

        private final Archive archive;
        private final Set<String> answered;
        private final Map<String, IndexedSource> indexed = new LinkedHashMap<>();

        Lookup(Archive archive, List<IndexedSource> answered) {
            this.archive = archive;
            this.answered = answered.stream().map(s -> s.source().reference()).collect(Collectors.toSet());
        }

        List<IndexedSource> byAuthor(String name) {
            String surname = Names.surname(name);
            return surname.isEmpty() ? List.of() : index(archive.byAuthor(surname));
        }

        List<IndexedSource> byDocument(String document) {
            return Names.significantWords(document).isEmpty() ? List.of() : index(archive.byDocument(document));
        }

        List<IndexedSource> holding(String text) {
            List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(word -> word.length() >= 4)
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .limit(LOOKUP_WORDS)
                    .toList();
            return words.isEmpty() ? List.of() : index(archive.holding(words));
        }

        private List<IndexedSource> index(List<Source> sources) {
            return sources.stream()
                    .filter(source -> !answered.contains(source.reference()))
                    .map(source -> indexed.computeIfAbsent(source.reference(), key -> IndexedSource.of(source)))
                    .toList();
        }
    }
}
