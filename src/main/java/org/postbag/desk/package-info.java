/**
 * The editors' pages that compose several features: a letter's file (decisions, cuts, links, quotation checks,
 * history), the edit page and the make-up of an issue. Above the features, which never use it.
 */
package org.postbag.desk;
