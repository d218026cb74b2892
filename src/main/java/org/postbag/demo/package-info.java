/**
 * The demo magazine (Northern Review and its tram debate), loaded into an empty database
 * when the application runs in demo mode, and never otherwise.
 */
package org.postbag.demo;
