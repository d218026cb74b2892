package org.postbag.linking.quote;

/** What an editor is told about one quotation. */
public enum Verdict {
    /** The source says exactly this, allowing for case, punctuation, typography, ellipses and bracketed insertions. */
    VERIFIED,
    /** A source passage it is attributed to, or presumed from, is close but some words differ; see the diff. */
    ALTERED,
    /** Attributed to, or presumed from, the pieces it answers, and nothing close in them: a likely misquote. */
    NOT_FOUND,
    /** Up to three words, such as a slogan or scare quotes, not found as such: too short to say anything about. */
    TOO_SHORT,
    /** Attributed to someone or something else with no piece on file that holds it: not checked. */
    ATTRIBUTED,
    /** Presumed from the answered pieces, but found in another piece of the archive instead (see the match). */
    FOUND_ELSEWHERE,
    /**
     * Nothing attributes it, another source is named near it, and the answered pieces hold nothing close: the letter
     * may be quoting what it names, so it accuses nobody and is not checked further.
     */
    SOURCE_NOT_NAMED;

    /** Whether the desk must act on it: the quotation is not what its source says. */
    public boolean isMisquote() {
        return this == ALTERED || this == NOT_FOUND;
    }
}
