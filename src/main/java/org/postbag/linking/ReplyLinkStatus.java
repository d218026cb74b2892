package org.postbag.linking;

public enum ReplyLinkStatus {
    /** Proposed by the reader or by citation detection; not shown in public. */
    SUGGESTED,
    /** Confirmed by an editor: the letter answers the piece. */
    CONFIRMED,
    /** An editor turned the suggestion down; kept so that it is not offered again. */
    DISMISSED
}
