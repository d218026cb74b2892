package org.postbag.publishing;

/** A published piece as the reader's picker lists it. */
public record PieceSummary(
        String reference, String kind, String title, String author, Integer issue, String issueTitle) {

    static PieceSummary of(Piece piece) {
        Issue issue = piece.issue();
        return new PieceSummary(
                piece.reference(),
                piece.kind() == PieceKind.ARTICLE ? "article" : "letter",
                piece.title(),
                piece.signOff(),
                issue == null ? null : issue.number(),
                issue == null ? null : issue.title());
    }

    /** "Whose trams? — Priya Natarajan, article in no. 117 (June 2026)" */
    public String label() {
        return title + " — " + author + ", " + kind
                + (issue == null ? "" : " in no. " + issue + " (" + issueTitle + ")");
    }
}
