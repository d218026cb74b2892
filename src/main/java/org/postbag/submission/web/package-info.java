/**
 * The reader's pages: the write form (and the blank form kept rendered), the page after
 * sending, and the writer's private pages.
 */
package org.postbag.submission.web;
