package org.postbag.linking.quote;

/** What an editor is told about one quotation. */
public enum Verdict {
    /** The source says exactly this, allowing for case, punctuation, typography, ellipses and bracketed insertions. */
    VERIFIED,
    /** A source passage is close but some words were changed, added or dropped; see the diff. */
    ALTERED,
    /** Nothing close in any source: a likely misquote. */
    NOT_FOUND,
    /** One or two words, such as scare quotes: too short to say anything about. */
    TOO_SHORT,
    /** Attributed to someone who wrote none of the sources, so it was not checked. */
    ATTRIBUTED
}
