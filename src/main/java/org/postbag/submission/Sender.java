package org.postbag.submission;

import java.time.Duration;
import java.util.Locale;
import org.postbag.letter.Arrival;

/**
 * What the desk knows of whoever sent the form, apart from what they typed: the form's
 * one-time key, the address the request came from, whether the hidden field was filled in
 * (people do not see it; robots fill it), how long the form was open, and the way in.
 */
public record Sender(
        String submissionKey, String address, boolean filledHiddenField, Duration timeOnForm, Arrival arrival) {

    /** Someone who sent the form. */
    public Sender(String submissionKey, String address, boolean filledHiddenField, Duration timeOnForm) {
        this(submissionKey, address, filledHiddenField, timeOnForm, Arrival.FORM);
    }

    /**
     * Whoever sent a message to the letters mailbox: the key is made from the Message-ID (the
     * same message is one letter), the address stands for the sender's in the rate limits, and
     * there is no form to have filled in too fast.
     */
    public static Sender byEmail(String messageKey, String fromAddress) {
        return new Sender(messageKey, "email:" + fromAddress.toLowerCase(Locale.ROOT), false, null, Arrival.EMAIL);
    }
}
