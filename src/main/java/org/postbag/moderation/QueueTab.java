package org.postbag.moderation;

/** The tabs of the queue, each a condition on the letter table that an index serves. */
public enum QueueTab {
    NEW("New", "l.status = 'NEW' AND l.claimed_by IS NULL"),
    MINE("Mine", "l.claimed_by = :editor"),
    HELD("Held", "l.status = 'HELD'"),
    WAITING("Waiting for author", "l.status = 'WAITING_FOR_AUTHOR'"),
    APPROVED("Approved", "l.status IN ('APPROVED', 'SCHEDULED')"),
    REJECTED("Rejected", "l.status = 'REJECTED'"),
    SPAM("Spam", "l.status = 'SPAM'"),
    ALL("All", "l.status <> 'UNCONFIRMED'");

    private final String label;
    private final String condition;

    QueueTab(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    String condition() {
        return condition;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static QueueTab of(String key) {
        for (QueueTab tab : values()) {
            if (tab.key().equalsIgnoreCase(key == null ? "" : key)) {
                return tab;
            }
        }
        return NEW;
    }
}
