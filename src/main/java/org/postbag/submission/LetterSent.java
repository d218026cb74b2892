package org.postbag.submission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.postbag.admin.Settings;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterReference;
import org.postbag.letter.Letters;

/** The page after sending: the reference, and what happens next. Shows nothing private. */
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
    private Letters letters;

    @Inject
    private Settings settings;

    private Letter letter;

    @PostConstruct
    void load() {
        if (LetterReference.isWellFormed(reference)) {
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
        return "true".equals(again);
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
