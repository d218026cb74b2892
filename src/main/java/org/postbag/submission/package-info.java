/**
 * The reader's side of the postbag: writing a letter, confirming the address, following and withdrawing it,
 * and the defences against abuse on the way in.
 */
package org.postbag.submission;
