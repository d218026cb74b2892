package org.postbag.linking.citation;

import java.util.List;
import java.util.Objects;

/**
 * A suggested reply target for the editor.
 *
 * @param confidence 0..1; it falls when another candidate has nearly as much evidence
 * @param evidence why, in words an editor reads: {@code "no. 118" matches issue 118}
 */
public record Suggestion(String reference, double confidence, List<String> evidence) {

    public Suggestion {
        Objects.requireNonNull(reference, "reference");
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
    }
}
