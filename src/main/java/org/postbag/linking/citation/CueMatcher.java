package org.postbag.linking.citation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** How strongly one cue points at one candidate (0 = not at all), and how to say so to an editor. */
final class CueMatcher {

    /** An issue number written with another magazine's name is most likely about that magazine. */
    private static final double OTHER_MAGAZINE = 0.5;
    /** Cover dates and the dates readers remember drift apart by a few days. */
    private static final int DAY_TOLERANCE = 3;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Candidate candidate;
    private final PersonName author;
    private final LocalDate issueDate;

    /** Normalised only when a letter quotes a phrase, which most do not. */
    private String titleWords;

    CueMatcher(Candidate candidate) {
        this.candidate = candidate;
        this.author = PersonName.parse(candidate.authorName());
        this.issueDate = candidate.issueDate() != null
                ? candidate.issueDate()
                : LocalDate.ofInstant(candidate.publishedAt(), ZoneOffset.UTC);
    }

    Candidate candidate() {
        return candidate;
    }

    PersonName author() {
        return author;
    }

    /**
     * A cue with its name or title already normalised, once for all candidates.
     *
     * @param name the person named, for a name cue
     * @param titleWords the title phrase as lower-case words, for a title cue
     */
    record Cited(Cue cue, PersonName name, String titleWords) {

        static Cited of(Cue cue) {
            if (cue instanceof NameCue name) {
                String given = name.givenName() == null ? null : PersonName.normalize(name.givenName());
                return new Cited(cue, new PersonName(given, name.surname()), null);
            }
            return new Cited(cue, null, cue instanceof TitleCue title ? words(title.phrase()) : null);
        }
    }

    /** 0..1: the cue's own confidence times how well it fits this candidate. */
    double strength(Cited cited) {
        return fit(cited) * cited.cue().confidence();
    }

    private double fit(Cited cited) {
        Cue cue = cited.cue();
        if (cue instanceof IssueCue issue) {
            return issueFit(issue);
        }
        if (cue instanceof NameCue) {
            return author == null ? 0 : author.fit(cited.name());
        }
        if (cue instanceof DateCue date) {
            return dateFit(date.range());
        }
        return cue instanceof TitleCue ? titleFit(cited.titleWords()) : 0;
    }

    private double issueFit(IssueCue issue) {
        if (candidate.issueNumber() == null || candidate.issueNumber() != issue.number()) {
            return 0;
        }
        return issue.magazineMatch() == MagazineMatch.OTHER ? OTHER_MAGAZINE : 1;
    }

    private double dateFit(DateRange range) {
        if (range.contains(issueDate)) {
            return 1;
        }
        if (!range.isSingleDay()) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(range.from(), issueDate));
        return days <= DAY_TOLERANCE ? 0.5 : 0;
    }

    /** A phrase of two words or more inside the title, or the whole title; the more of it covered, the better. */
    private double titleFit(String cited) {
        if (titleWords == null) {
            titleWords = candidate.title() == null ? "" : " " + words(candidate.title()) + " ";
        }
        if (cited.isEmpty() || !titleWords.contains(" " + cited + " ")) {
            return 0;
        }
        int citedCount = cited.split(" ").length;
        int titleCount = titleWords.trim().split(" ").length;
        if (citedCount < 2 && citedCount < titleCount) {
            return 0;
        }
        return 0.6 + 0.4 * citedCount / titleCount;
    }

    String describe(Cue cue, int sharedBy) {
        String quoted = "\"" + cue.span().text() + "\"";
        String shared = sharedBy > 1 ? " (one of " + sharedBy + " candidates it fits)" : "";
        if (cue instanceof IssueCue issue) {
            String other = issue.magazineMatch() == MagazineMatch.OTHER
                    ? ", but was written with another magazine's name, " + issue.magazine()
                    : "";
            return quoted + " matches issue " + issue.number() + shared + other;
        }
        if (cue instanceof NameCue name) {
            boolean namesake = author.fit(Cited.of(name).name()) < 0.85;
            String how = namesake ? " shares a surname with the author " : " matches the author ";
            return quoted + how + candidate.authorName() + shared;
        }
        if (cue instanceof DateCue) {
            return quoted + " matches the issue dated " + issueDate + shared;
        }
        if (cue instanceof TitleCue title) {
            return "\"" + title.phrase() + "\" matches the title \"" + candidate.title() + "\"" + shared;
        }
        if (cue instanceof KindCue kind) {
            String kindName = candidate.kind() == PieceKind.ARTICLE ? "an article" : "a letter";
            return quoted + (kind.kind() == candidate.kind() ? " fits " : " does not fit ") + kindName;
        }
        return quoted + " marks where the exchange began, so that citation counts for less";
    }

    static boolean isPointer(Cue cue) {
        return cue instanceof IssueCue || cue instanceof DateCue || cue instanceof TitleCue;
    }

    static boolean isEvidence(Cue cue) {
        return isPointer(cue) || cue instanceof NameCue;
    }

    private static String words(String text) {
        return NOT_WORD.matcher(PersonName.normalize(text)).replaceAll(" ").trim();
    }
}
