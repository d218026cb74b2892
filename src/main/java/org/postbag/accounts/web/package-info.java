/**
 * Signing in and out at the desk: the sign-in and welcome pages, the authentication
 * mechanism (and the OpenID flow it hands to Jakarta Security's own), and the filter that
 * ends sessions of changed accounts.
 */
package org.postbag.accounts.web;
