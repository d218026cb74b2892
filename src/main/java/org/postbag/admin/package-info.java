/**
 * What admins run: house rules, the desk's accounts, the outbox, the audit trail and the writers' data (export,
 * erasure through each feature's own purge, retention); above the features whose purges it calls.
 */
package org.postbag.admin;
