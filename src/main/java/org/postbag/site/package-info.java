/**
 * The public site readers browse: issues' letters pages, letters, articles, whole threads, writers, search and
 * feeds, read from publishing and linking. Above the features.
 */
package org.postbag.site;
