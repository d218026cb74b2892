package org.postbag.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Secrets;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterReference;
import org.postbag.letter.Letters;

/**
 * The page after sending: what happens next and, for the writer only (the address carries
 * the {@link SentReceipt} signature the form's redirect made), the reference and the word
 * count. For any other address it is the same page whatever the reference, so that it tells
 * nobody which references exist.
 */
@Named
@RequestScoped
public class LetterSent {

    @Inject
    @Param(name = "ref")
    private String reference;

    @Inject
    @Param(name = "again")
    private String again;

    @Inject
    @Param(name = "sig")
    private String signature;

    @Inject
    private Letters letters;

    @Inject
    private Secrets secrets;

    @Inject
    private Settings settings;

    private Letter letter;

    @PostConstruct
    void load() {
        if (LetterReference.isWellFormed(reference)
                && SentReceipt.verify(secrets.key(SentReceipt.KEY), reference, signature)) {
            letter = letters.byReference(reference).orElse(null);
        }
    }

    public boolean isFound() {
        return letter != null;
    }

    public String getReference() {
        return letter == null ? null : letter.reference();
    }

    public boolean isAgain() {
        return letter != null && "true".equals(again);
    }

    public int getWords() {
        return letter == null ? 0 : letter.wordCount();
    }

    public int getWordLimit() {
        return settings.wordLimit();
    }

    public boolean isOverLimit() {
        return getWords() > getWordLimit();
    }
}
