/**
 * Checks the quotations in a letter against the pieces it cites: finds each quotation, notes who it is attributed to,
 * and says whether the source really says that (verified, altered, not found, too short to tell, or attributed).
 */
package org.postbag.linking.quote;
