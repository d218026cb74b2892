/**
 * The people at the desk: editors' and admins' accounts, signing in and out (Jakarta
 * Security with accounts in PostgreSQL and PBKDF2 passwords), lock-out and throttling.
 */
package org.postbag.accounts;
