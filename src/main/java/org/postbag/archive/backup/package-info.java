/**
 * The whole-archive backup: the magazine written to one versioned file (a zip of JSON lines, one
 * entry a table, with a manifest) and restored from it into an empty database, from the command
 * line ({@link org.postbag.archive.backup.ArchiveCommand}) or downloaded by an admin.
 */
package org.postbag.archive.backup;
