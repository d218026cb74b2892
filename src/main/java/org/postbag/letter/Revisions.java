package org.postbag.letter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postbag.accounts.Account;

/**
 * A letter's edits: every revision in the order they were saved, the one approved for print,
 * and the headline of the latest (kept on the letter for the queue). Revisions are only added,
 * never changed or removed; the text as sent stays on the letter itself.
 */
@Embeddable
public class Revisions {

    @OneToMany(mappedBy = "letter", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Revision> all = new ArrayList<>();

    /** The revision approved for print; null while the text as sent is what an editor approved. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_revision_id")
    private Revision approved;

    /** The editor's headline, as in the latest revision. */
    @Column(name = "headline")
    private String headline;

    Revision add(Letter letter, Revision.Text text, Account editor, Instant at, String reason) {
        Revision revision = new Revision(letter, all.size() + 1, text, editor, at, reason);
        all.add(revision);
        headline = text.headline();
        return revision;
    }

    void approveLatest() {
        approved = latest();
    }

    /** Approves one of these revisions for print (the one a writer agreed to). */
    void approve(Revision revision) {
        if (!contains(revision)) {
            throw new IllegalArgumentException("not one of these revisions");
        }
        approved = revision;
    }

    boolean contains(Revision revision) {
        return revision != null && all.contains(revision);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** What an editor works on now: the latest revision, or the text as sent. */
    Revision.Text current(Revision.Text asSent) {
        Revision latest = latest();
        return latest != null ? latest.text() : asSent;
    }

    /**
     * What will print: the approved revision, or the text as sent (under the editor's headline,
     * if any) when that was approved.
     */
    Revision.Text forPrint(Revision.Text asSent) {
        if (approved != null) {
            return approved.text();
        }
        return headline != null ? new Revision.Text(headline, asSent.body(), asSent.signOff()) : asSent;
    }

    /** The latest revision, or null before the first edit. */
    public Revision latest() {
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public List<Revision> all() {
        return List.copyOf(all);
    }

    /** The revision approved for print, or null while the text as sent is. */
    public Revision approved() {
        return approved;
    }

    /** The editor's headline, as in the latest revision; null before any or when it has none. */
    public String headline() {
        return headline;
    }
}
