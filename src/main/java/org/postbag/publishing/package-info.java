/**
 * What readers read: the magazine's issues, the pieces published in them (articles and
 * letters), the letters page of each issue and the public site.
 */
package org.postbag.publishing;
