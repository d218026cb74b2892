package org.postbag.linking.citation;

/** Which magazine an issue number came with. */
public enum MagazineMatch {
    /** The magazine's own name or initials stood beside the number. */
    OWN,
    /** Another magazine's name or an unknown abbreviation stood beside it: probably not one of ours. */
    OTHER,
    /** No magazine was named: "issue 117", "no. 117". */
    UNNAMED
}
