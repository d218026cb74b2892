package org.postbag.moderation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of the queue: its rows, where the pages before and after it start (null at either
 * end), and how many letters each tab holds (capped, see {@link Queue#COUNT_CAP}).
 */
public record QueuePage(List<QueueRow> rows, Cursor previous, Cursor next, Map<QueueTab, Long> counts)
        implements Serializable {}
