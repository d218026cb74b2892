package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

/**
 * A published piece that a letter may quote: the pieces it replies to, their ancestors in the thread, or the archive.
 *
 * @param reference the public reference shown to editors, such as {@code A-117-natarajan}
 * @param authorName the author's name as printed; its last word is compared with attributed names
 * @param text plain text, paragraphs separated by blank lines
 */
public record Source(String reference, String title, String authorName, String text) {

    public Source {
        requireNonNull(reference, "reference");
        requireNonNull(title, "title");
        requireNonNull(authorName, "authorName");
        requireNonNull(text, "text");
    }
}
