package org.postbag.moderation;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an editor's decision did, as the page that made it reports it: the letter, the event in
 * its audit trail (what Undo names, so that it reverses this decision and no later one), and,
 * when the decision wrote to the writer, when that email goes, unless undone first.
 */
public record Decision(String reference, long event, String action, Instant emailAt) implements Serializable {}
