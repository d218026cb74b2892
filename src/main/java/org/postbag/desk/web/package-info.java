/** The Faces beans of the desk's composed pages: the letter, its edit, the make-up. */
package org.postbag.desk.web;
