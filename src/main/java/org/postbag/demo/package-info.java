/**
 * The demo magazine (Northern Review and its tram debate) and its accounts, loaded into an
 * empty database when the application runs in demo mode, and never otherwise.
 */
package org.postbag.demo;
