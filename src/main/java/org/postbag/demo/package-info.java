/**
 * The demo magazine (Northern Review and its tram debate) and its accounts, loaded into an empty database in demo
 * mode only. Above everything.
 */
package org.postbag.demo;
