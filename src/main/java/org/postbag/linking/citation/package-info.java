/**
 * Finds what a reader's letter cites: {@link org.postbag.linking.citation.CitationParser} turns the text into cues
 * for database look-ups, {@link org.postbag.linking.citation.CitationRanker} ranks the pieces found by them as
 * suggested reply targets. Pure functions, JDK only.
 */
package org.postbag.linking.citation;
