/**
 * The letter aggregate every feature works on: its life, its parts (claim, page placement, provenance, revisions,
 * flags), its reference, its audit trail, the stale-version check and the rules for its text.
 */
package org.postbag.letter;
