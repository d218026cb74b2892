/**
 * Bringing the magazine's archive in: WordPress exports (WXR) read, split into articles and
 * letters and imported as a resumable background job, with a report of what could not be placed.
 */
package org.postbag.archive;
