/**
 * The people at the desk: accounts, PBKDF2 passwords, lock-out and throttling, invitations, the last-admin rule,
 * the second factor and, in web, signing in with Jakarta Security. Below the letter and every feature.
 */
package org.postbag.accounts;
