/**
 * Technical plumbing shared by every feature: configuration from the environment, schema
 * migrations at start-up, mail, the web filters and the public page cache. Nothing here
 * knows what a letter is: it imports no other package of Postbag (ArchitectureTest).
 */
package org.postbag.infrastructure;
