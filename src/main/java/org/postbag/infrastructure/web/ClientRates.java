package org.postbag.infrastructure.web;

import java.time.Duration;

/**
 * How many requests each client made in its current window, in a table of a fixed size. The
 * table is set-associative: a client's address picks a set of eight slots; a client not seen
 * before takes the slot, within its set, of one whose window has ended, or else of the one whose
 * window began longest ago. However many addresses send requests, the table holds no more than
 * its slots: a flood from more addresses than that pushes clients out early, and a client pushed
 * out starts again from nothing, so the limit is given up for some rather than ever applied to a
 * client that did not reach it.
 */
final class ClientRates {

    private static final int WAYS = 8;

    private final int sets;
    private final String[] clients;
    private final long[] windowStarts;
    private final int[] counts;

    ClientRates(int slots) {
        if (slots < WAYS) {
            throw new IllegalArgumentException("A table of rates needs at least " + WAYS + " slots");
        }
        this.sets = slots / WAYS;
        this.clients = new String[sets * WAYS];
        this.windowStarts = new long[sets * WAYS];
        this.counts = new int[sets * WAYS];
    }

    /**
     * Counts a request from {@code client} at {@code now} (nanoseconds on any steady clock), and
     * answers how long it must wait when it already made {@code limit} requests in the window:
     * {@link Duration#ZERO} when the request may go on. A limit of 0 or less is no limit.
     */
    synchronized Duration admit(String client, int limit, Duration window, long now) {
        if (limit <= 0) {
            return Duration.ZERO;
        }
        long length = window.toNanos();
        int first = Math.floorMod(spread(client.hashCode()), sets) * WAYS;
        int slot = -1;
        for (int i = first; i < first + WAYS && slot < 0; i++) {
            if (client.equals(clients[i])) {
                slot = i;
            }
        }
        if (slot < 0) {
            slot = first;
            for (int i = first; i < first + WAYS; i++) {
                if (clients[i] == null || now - windowStarts[i] >= length) {
                    slot = i;
                    break;
                }
                if (windowStarts[i] - windowStarts[slot] < 0) {
                    slot = i;
                }
            }
            clients[slot] = client;
            windowStarts[slot] = now;
            counts[slot] = 0;
        } else if (now - windowStarts[slot] >= length) {
            windowStarts[slot] = now;
            counts[slot] = 0;
        }
        if (counts[slot] >= limit) {
            return Duration.ofNanos(length - (now - windowStarts[slot]));
        }
        counts[slot]++;
        return Duration.ZERO;
    }

    /** The clients the table holds now, never more than its slots. */
    synchronized int clients() {
        int held = 0;
        for (String client : clients) {
            if (client != null) {
                held++;
            }
        }
        return held;
    }

    int slots() {
        return clients.length;
    }

    /** Addresses that differ in their last characters only should not crowd into one set. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
