/**
 * The conversation across issues: reply links, the threads they make, citation cues that suggest links, quotations
 * checked against their sources, and the right of reply. Below moderation and editing.
 */
package org.postbag.linking;
