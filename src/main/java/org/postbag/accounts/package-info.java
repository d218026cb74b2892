/**
 * The people at the desk: accounts, signing in and out (Jakarta Security with PBKDF2 passwords, or single sign-on
 * through the newsroom's OpenID provider), lock-out and throttling, invitations, the last-admin rule and the second
 * factor. Below the letter and every feature.
 */
package org.postbag.accounts;
