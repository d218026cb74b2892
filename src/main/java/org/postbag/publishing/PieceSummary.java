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

    /** A piece known only by its reference, while the database cannot be asked for the rest. */
    public static PieceSummary unresolved(String reference) {
        return new PieceSummary(reference, null, reference, null, null, null);
    }

    /** "Whose trams? — Priya Natarajan, article in no. 117 (June 2026)" */
    public String label() {
        if (kind == null) {
            return title;
        }
        return title + " — " + author + ", " + kind
                + (issue == null ? "" : " in no. " + issue + " (" + issueTitle + ")");
    }
}
