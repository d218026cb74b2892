/**
 * The editors' pages that compose several features: a letter's file on the desk (its
 * decisions, cuts, links, quotation checks and history together) and the make-up of an
 * issue's letters page. Above the features, which never use it.
 */
package org.postbag.desk;
