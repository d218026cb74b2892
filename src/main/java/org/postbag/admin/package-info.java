/**
 * What admins run: changing the house settings, watched words and rejection templates, the
 * accounts of the desk, the outbox, the audit trail and the privacy tools (a writer's data
 * exported or erased).
 */
package org.postbag.admin;
