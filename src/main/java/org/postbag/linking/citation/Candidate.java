package org.postbag.linking.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published piece that a letter may answer, as the caller fetched it from the archive by the letter's cues.
 *
 * @param reference the piece's public reference, returned in suggestions
 * @param title may be null
 * @param authorName may be null (unsigned editorials)
 * @param issueNumber may be null for pieces published online only
 * @param issueDate the issue's cover date; may be null, then the published day stands in for it
 */
public record Candidate(
        String reference,
        PieceKind kind,
        String title,
        String authorName,
        Integer issueNumber,
        LocalDate issueDate,
        Instant publishedAt) {

    public Candidate {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
