/**
 * The letter: the aggregate every feature works on, its life from received to published,
 * and the plain-text rules (normalising, counting words, rendering safely) its text obeys.
 */
package org.postbag.letter;
