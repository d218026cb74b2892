/**
 * The magazine's house: its settings with their environment defaults (name, word limit,
 * retention), read by every feature; the admins' own trail of what they changed; and the
 * site-wide facts every page shows. Above the plumbing, below accounts and every feature.
 */
package org.postbag.house;
