package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Whose words a letter says a quotation is, and the words of the letter that say so.
 *
 * @param kind what kind of source the letter names
 * @param name the person or document named ("Kropotkin", "the Communist Manifesto"); for a pronoun, the person it
 *     refers back to; empty for {@link Kind#PRESUMED} and {@link Kind#ANSWERED}
 * @param cue the letter's own words that decided it ("To quote Kropotkin:", "(Keynes, 1936)", "as she wrote in her
 *     book"), as written; empty for {@link Kind#PRESUMED}
 * @param referredBack whether the name was found by following a pronoun back ("As he argued:"), which is a guess
 */
public record Attribution(Kind kind, String name, String cue, boolean referredBack) {

    public enum Kind {
        /** Nothing near the quotation names a source: presumed to quote the pieces the letter answers. */
        PRESUMED,
        /** The letter addresses the answered author ("as you wrote", "your letter says"). */
        ANSWERED,
        /** A person, named or referred back to by a pronoun. */
        PERSON,
        /** A document rather than a person: a report, a charter, a manifesto. */
        DOCUMENT,
        /** Another work of a person (her book, the same speech), not the pieces the letter answers. */
        OTHER_WORK,
        /** The letter says these are not the source's words ("she did not write that"). */
        DISOWNED,
        /**
         * No cue attributes it, but another person, body, document or a saying is named near it (in its sentence, the
         * sentence before or the paragraph that runs into it): checked against the answered pieces, yet words not
         * found there are nobody's misquote, for the letter may be quoting what it names.
         */
        NEARBY
    }

    private static final Attribution PRESUMED_FROM_ANSWERED = new Attribution(Kind.PRESUMED, "", "", false);

    public Attribution {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(cue, "cue");
        cue = cue.strip().replaceAll("\\s+", " ");
        name = name.strip();
    }

    public Attribution(Kind kind, String name, String cue) {
        this(kind, name, cue, false);
    }

    public static Attribution presumed() {
        return PRESUMED_FROM_ANSWERED;
    }

    static Attribution person(String name, String cue) {
        return new Attribution(Kind.PERSON, name, cue);
    }

    /** The person or document named, if any. */
    public Optional<String> named() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
