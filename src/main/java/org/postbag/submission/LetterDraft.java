package org.postbag.submission;

/** What a reader sent through the form, already normalised and validated by the web layer. */
public record LetterDraft(String name, String town, String email, String subject, String body, boolean nameWithheld) {}
