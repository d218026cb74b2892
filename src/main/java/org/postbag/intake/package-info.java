/**
 * The other ways in and the editors' news of them: the letters mailbox (IMAP), post typed in by the desk, the
 * files kept with a letter, and the daily digest and new-letter emails.
 */
package org.postbag.intake;
