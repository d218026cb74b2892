/**
 * What admins run: changing the house settings, watched words and rejection templates, the
 * accounts of the desk, the outbox, the audit trail and the privacy tools (a writer's data
 * exported or erased). Each feature forgets a writer in its own tables through its own purge
 * ({@code LetterPurge}, {@code LinkingPurge}, ...); admin, above them all, calls them in turn.
 */
package org.postbag.admin;
