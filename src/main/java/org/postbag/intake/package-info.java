/**
 * The other ways in: the letters mailbox (IMAP, each message taken once into the form's pipeline)
 * and post typed in by the desk, with what came with each letter; and the editors' news of their postbag.
 */
package org.postbag.intake;
