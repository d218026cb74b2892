package org.postbag.linking.quote;

import static java.util.Objects.requireNonNull;

/**
 * Where in a source a quotation was found.
 *
 * @param sourceReference the {@link Source#reference()} of the matching source
 * @param paragraph 0-based index of the source paragraph where the match starts
 * @param start offset in the source text of the first matched word
 * @param end offset in the source text just past the last matched word
 * @param similarity 1.0 for a verified quotation, otherwise the share of words aligned (see {@link QuoteChecker})
 */
public record SourceMatch(String sourceReference, int paragraph, int start, int end, double similarity) {

    public SourceMatch {
        requireNonNull(sourceReference, "sourceReference");
    }

    static SourceMatch of(IndexedSource source, TokenRange range, double similarity) {
        return new SourceMatch(
                source.source().reference(),
                source.paragraphOf(range.from()),
                source.startOffset(range.from()),
                source.endOffset(range.to() - 1),
                similarity);
    }
}
