package org.postbag.submission;

import java.util.List;

/** What a reader sent through the form, already normalised and validated by the web layer. */
public record LetterDraft(
        String name,
        String town,
        String email,
        String contactDetails,
        String subject,
        String body,
        boolean nameWithheld,
        List<String> repliesTo,
        String citation,
        String invitation) {

    public LetterDraft {
        repliesTo = repliesTo == null ? List.of() : List.copyOf(repliesTo);
    }

    /** A draft with only the essentials, as tests and the demo write them. */
    public static LetterDraft of(String name, String town, String email, String body) {
        return new LetterDraft(name, town, email, null, null, body, false, List.of(), null, null);
    }
}
