/** Faces converters that apply the letter's plain-text rules to every form field. */
package org.postbag.letter.web;
