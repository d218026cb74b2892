/** The public pages' Faces beans and the Atom feeds. */
package org.postbag.site.web;
