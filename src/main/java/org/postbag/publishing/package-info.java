/**
 * Issues and the pieces published in them (articles and letters), the archive editors keep, making up an
 * issue's letters page, publishing it and telling the writers. Below linking, which links letters to pieces.
 */
package org.postbag.publishing;
