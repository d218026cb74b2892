/**
 * The editors' daily work: the queue with its tabs and filters, claiming letters, decisions
 * (approve, reject, hold, spam, undo), notes, rejection templates, the watched words that
 * screening flags, and near-identical campaign letters.
 */
package org.postbag.moderation;
