package org.postbag.linking.citation;

import java.util.Objects;

/**
 * A person's name: "Priya Natarajan", "Howard Miles' reply", "Ms Natarajan", "Natarajan's article".
 *
 * @param name the name as written, without honorific or possessive ending
 * @param givenName the first name when one was written, else null
 * @param surname lower-cased, without accents or possessive, particles kept ("de la cruz")
 * @param honorific "Ms", "Dr", ... or null
 */
public record NameCue(
        Span span,
        String name,
        String givenName,
        String surname,
        String honorific,
        boolean possessive,
        double confidence)
        implements Cue {

    public NameCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surname, "surname");
    }
}
