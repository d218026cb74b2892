/**
 * The letter: the aggregate every feature works on, its life from received to published, its
 * parts (the editor's claim, its place on a page, its provenance, its revisions), its public
 * reference as a value, and the plain-text rules (normalising, counting words, rendering safely) its text obeys;
 * and the one check that an editor acts on the letter as they saw it ({@link
 * org.postbag.letter.StaleLetters}).
 */
package org.postbag.letter;
