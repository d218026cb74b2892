/**
 * The rules for reading a WordPress export, in pure Java: the streaming reader, HTML to
 * Postbag's plain text, letters pages split into letters, and the import plan with its report.
 */
package org.postbag.archive.wxr;
