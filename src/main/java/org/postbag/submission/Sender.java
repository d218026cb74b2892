package org.postbag.submission;

import java.time.Duration;

/**
 * What the desk knows of whoever sent the form, apart from what they typed: the form's
 * one-time key, the address the request came from, whether the hidden field was filled in
 * (people do not see it; robots fill it), and how long the form was open.
 */
public record Sender(String submissionKey, String address, boolean filledHiddenField, Duration timeOnForm) {}
