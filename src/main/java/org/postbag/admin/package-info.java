/**
 * What admins run: the settings of the magazine (word limit, retention, watched words), the
 * accounts of the desk, the outbox, and the privacy tools.
 */
package org.postbag.admin;
