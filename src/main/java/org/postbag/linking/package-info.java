/**
 * The conversation across issues: which piece a letter answers (reply links), the threads
 * they make, the citations that suggest links, and the quotations checked against sources.
 */
package org.postbag.linking;
