/**
 * The desk's pages for the other ways in: how a letter arrived and its files (served to editors
 * only), the "could not read" list, and post typed in by an editor.
 */
package org.postbag.intake.web;
