/**
 * Checks the quotations in a letter: finds each one, reads whose words the letter says they are (person, document,
 * the answered author, another work, a denial), and checks them only where they should be (six verdicts, see Verdict).
 */
package org.postbag.linking.quote;
