/**
 * Technical plumbing shared by every feature: configuration from the environment, schema
 * migrations at start-up, mail, and the web filters. Nothing here knows what a letter is.
 */
package org.postbag.infrastructure;
