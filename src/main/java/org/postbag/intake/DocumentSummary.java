package org.postbag.intake;

import java.io.Serializable;

/** A file that came with a letter, as the letter page lists it (without its bytes). */
public record DocumentSummary(
        long id, LetterDocument.Kind kind, String fileName, String contentType, int sizeBytes, String extractedText)
        implements Serializable {

    public String kindLabel() {
        return kind.label();
    }

    public String size() {
        return sizeBytes < 1024
                ? sizeBytes + " bytes"
                : sizeBytes < 1024 * 1024
                        ? (sizeBytes / 1024) + " KB"
                        : String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
