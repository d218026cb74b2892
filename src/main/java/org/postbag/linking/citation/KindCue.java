package org.postbag.linking.citation;

import java.util.Objects;

/**
 * A word naming the kind of piece: "article", "reply", "(Letters, ...)". It only counts beside other cues.
 *
 * @param writersOwn "my letter", "our article": the writer's own piece, so not the target ("reply to my letter" makes
 *     the reply the target)
 * @param latest "last letter", "latest article": the most recent such piece of its author
 */
public record KindCue(Span span, PieceKind kind, boolean writersOwn, boolean latest, double confidence) implements Cue {

    public KindCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
