package org.postbag.linking.citation;

/**
 * One piece of evidence found in a letter. The confidence (0..1) says how sure the parser is that the text is a
 * citation at all, not whether it points at any particular piece: that is the ranker's job.
 */
public sealed interface Cue permits IssueCue, DateCue, NameCue, TitleCue, KindCue, OriginCue {

    Span span();

    double confidence();
}
