/**
 * Cutting letters to length: revisions of the text, headline and sign-off, word-by-word comparison, and asking
 * the writer to agree to a cut through a private link.
 */
package org.postbag.editing;
