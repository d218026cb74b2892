package org.postbag.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;

/** Takes letters in from readers. */
@ApplicationScoped
public class Submissions {

    @Inject
    private Letters letters;

    @Inject
    private Clock clock;

    @Transactional
    public Letter submit(LetterDraft draft) {
        Instant now = clock.instant();
        Letter letter = new Letter(
                letters.nextReference(now),
                new Author(draft.name(), draft.town(), draft.email()),
                draft.nameWithheld(),
                draft.subject(),
                draft.body(),
                now);
        letters.add(letter);
        return letter;
    }
}
