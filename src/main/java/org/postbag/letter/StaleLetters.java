package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Wording;

/**
 * The one check that an editor acts on the letter as they saw it, and the one message when
 * they did not: who changed it, and when. Every feature that changes a letter from a page
 * (moderation, cuts, links, make-up) asks here, so that two editors on one letter always end
 * in the same clear words.
 */
@ApplicationScoped
public class StaleLetters {

    @Inject
    private Letters letters;

    @Inject
    private LetterEvents events;

    @Inject
    private LetterAccess access;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    /**
     * The letter as the editor saw it (at {@code version}), or a clear refusal if it changed
     * since; a letter outside the editor's sections is refused as if it did not exist.
     */
    public Letter current(String reference, int version, long editorId) {
        Letter letter = access.require(reference, editorId);
        if (letter.version() != version) {
            throw stale(letter);
        }
        return letter;
    }

    /** Who changed the letter last, and when, in the words an editor reads. */
    public StaleLetterException stale(Letter letter) {
        return new StaleLetterException(events.last(letter)
                .map(event -> changedBy(letter.reference(), event.actorName(), event.at()))
                .orElse(Wording.of("letter.stale", letter.reference())));
    }

    /** The message for a letter that changed under a transaction that has ended (a lost race). */
    @Transactional
    public StaleLetterException messageFor(String reference) {
        return letters.byReference(reference)
                .map(this::stale)
                .orElseGet(() -> new StaleLetterException(Wording.of("letter.stale.reload", reference)));
    }

    /** "by Fred First at 14:02", and the day when it was not today. */
    private Wording changedBy(String reference, String who, Instant at) {
        ZoneId zone = ZoneId.of(config.string("POSTBAG_TIME_ZONE", "Europe/London"));
        LocalDate day = at.atZone(zone).toLocalDate();
        String time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(at.atZone(zone));
        return day.equals(clock.instant().atZone(zone).toLocalDate())
                ? Wording.of("letter.stale.by", reference, who, time)
                : Wording.of("letter.stale.byOn", reference, who, time, day);
    }
}
