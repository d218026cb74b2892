package org.postbag.linking.citation;

/** The two kinds of piece a letter can answer. */
public enum PieceKind {
    ARTICLE,
    LETTER
}
