/**
 * The people at the desk: editors' and admins' accounts, signing in and out (Jakarta
 * Security with accounts in PostgreSQL and PBKDF2 passwords, or single sign-on through the
 * newsroom's OpenID provider), lock-out and throttling, the second factor.
 */
package org.postbag.accounts;
