package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.infrastructure.DomainException;

/**
 * The one rule of who may open a letter at the desk: an editor limited to some sections sees
 * and acts on their letters only; to them every other letter does not exist (the same "no such
 * letter" as a made-up reference, so that a reference tells them nothing). Every feature that
 * opens a letter for an editor asks here, through {@link StaleLetters} for actions. Callers
 * bring the transaction.
 */
@ApplicationScoped
public class LetterAccess {

    @Inject
    private Letters letters;

    @Inject
    private Accounts accounts;

    /** The letters this editor may see, read from the account as it is now. */
    public SectionScope scopeOf(long editorId) {
        return accounts.sectionScopeOf(editorId);
    }

    /** The letter with this reference, if there is one and the editor may see it. */
    public Optional<Letter> open(String reference, long editorId) {
        return letters.byReference(reference).filter(letter -> mayOpen(letter, editorId));
    }

    public boolean mayOpen(Letter letter, long editorId) {
        return scopeOf(editorId).includes(letter.sectionId());
    }

    /** The letter, or the refusal an action gets for a letter that is not there for this editor. */
    public Letter require(String reference, long editorId) {
        return open(reference, editorId).orElseThrow(() -> missing(reference));
    }

    public static DomainException missing(String reference) {
        return DomainException.of("letter.missing", reference);
    }
}
