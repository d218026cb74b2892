/**
 * Plumbing every feature shares: configuration, migrations, mail and its outbox, private links, web filters,
 * the public page cache and the page-action boundary. It knows no letter and imports no other Postbag package.
 */
package org.postbag.infrastructure;
