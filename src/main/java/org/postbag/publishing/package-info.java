/**
 * The magazine's archive and its publication: issues, the pieces published in them
 * (articles and letters), the archive editors keep, and publishing an issue's letters page.
 * Below linking, which links letters to these pieces; the public site reads it from above.
 */
package org.postbag.publishing;
