/**
 * Bringing the magazine's archive in: WordPress exports (WXR) and CSV/JSON records read, split into articles and
 * letters, and imported as a resumable background job with a report; and the feed sync.
 */
package org.postbag.archive;
