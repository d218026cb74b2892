/**
 * The editors' daily work: the queue with its tabs and filters, claims, decisions (approve, reject, hold, spam,
 * undo), notes, rejection templates, watched words and campaign letters.
 */
package org.postbag.moderation;
