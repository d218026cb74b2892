/**
 * Page objects for the browser tests: the sign-in page, the desk's queue, a letter's page, its
 * edit page and the make-up page, each found by the element ids the views give them, so that a
 * test reads as what an editor does and a changed page is mended in one place.
 */
package org.postbag.testing.pages;
