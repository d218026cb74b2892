package org.postbag.letter;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.postbag.accounts.Account;
import org.postbag.infrastructure.DomainException;

/**
 * The editor working on a letter now, and since when: others may look, but must take it over
 * to act. A letter nobody holds has no claim at all (null), so a claim always names its editor.
 */
@Embeddable
public class EditorClaim {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimed_by")
    private Account editor;

    @Column(name = "claimed_at")
    private Instant at;

    protected EditorClaim() {}

    EditorClaim(Account editor, Instant at) {
        this.editor = requireNonNull(editor, "editor");
        this.at = requireNonNull(at, "at");
    }

    public Account editor() {
        return editor;
    }

    public Instant at() {
        return at;
    }

    public boolean isBy(Account someone) {
        return editor.equals(someone);
    }

    /**
     * Refuses anyone but the holder (a null editor is the system, which acts on any letter).
     *
     * @param key the bundle's words of the refusal, with the reference ({0}) and the holder ({1}): "Letter
     *     L-2026-00042 is held by Ann Editor. Take it over first."
     */
    static void requireFreeOrHeldBy(EditorClaim claim, Account editor, String reference, String key) {
        if (claim != null && editor != null && !claim.isBy(editor)) {
            throw DomainException.of(key, reference, claim.editor.displayName());
        }
    }
}
