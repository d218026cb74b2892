package org.postbag.publishing;

public enum PieceKind {
    ARTICLE,
    LETTER
}
