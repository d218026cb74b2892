/**
 * The magazine's house: its settings with their environment defaults, the admins' own trail, and what every
 * page shows of the site. Above the plumbing, below accounts and every feature.
 */
package org.postbag.house;
