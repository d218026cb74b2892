/**
 * Archives kept elsewhere, as CSV or JSON records of issues, articles and letters (the layout is
 * in src/docs/archive-records.md), read into the same import plan as a WordPress export.
 */
package org.postbag.archive.records;
