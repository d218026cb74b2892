package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Arrival;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.Letters;
import org.postbag.letter.MinHash;
import org.postbag.letter.Screening;
import org.postbag.letter.Transition;
import org.postbag.moderation.Campaigns;
import org.postbag.moderation.WatchedWords;

/**
 * Post typed in by the desk: an editor enters a postal letter with the writer's address and a
 * scan of the paper. There is no email to confirm, so the editor says who verified the writer;
 * the letter then enters the queue and is screened like any other (watched words hold it,
 * near-identical letters are linked), but never goes to spam: a person has read it.
 */
@ApplicationScoped
public class PostalLetters {

    /** A scan larger than this is refused (the desk's forms are small; see RequestLimits). */
    public static final int MAX_SCAN_BYTES = 900 * 1024;

    /** What the editor typed in. */
    public record PostalLetter(
            String name,
            String town,
            String email,
            String address,
            String subject,
            String body,
            boolean nameWithheld,
            String verifiedBy) {}

    /** The scanned paper, as uploaded. */
    public record Scan(String fileName, byte[] content) {}

    @Inject
    private Letters letters;

    @Inject
    private LetterDocuments documents;

    @Inject
    private LetterEvents events;

    @Inject
    private WatchedWords watchedWords;

    @Inject
    private Campaigns campaigns;

    @Inject
    private Settings settings;

    @Inject
    private Languages languages;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Transactional
    public Letter enter(PostalLetter post, Scan scan, Account editor) {
        Optional<String> scanType = Optional.empty();
        if (scan != null) {
            if (scan.content().length > MAX_SCAN_BYTES) {
                throw DomainException.of("intake.refused.scanTooLarge", MAX_SCAN_BYTES / 1024);
            }
            scanType = ScanType.of(scan.content());
            if (scanType.isEmpty()) {
                throw DomainException.of("intake.refused.scanType");
            }
        }
        Instant now = clock.instant();
        Letter letter = new Letter(
                letters.nextReference(now),
                new Author(post.name(), post.town(), post.email()),
                post.nameWithheld(),
                post.subject(),
                post.body(),
                now);
        letter.provenance().arrivedThrough(null, null, null, post.address(), null);
        letter.provenance().arrivedBy(Arrival.POST);
        // Typed in by a section editor: in one of their sections, or they could not see it.
        SectionScope scope = accounts.sectionScopeOf(editor.id());
        if (scope.isLimited()) {
            letter.placeInSection(scope.sections().stream().sorted().findFirst().orElse(null));
        }
        Screening.Result screening = Screening.screen(
                post.body(),
                new Screening.Rules(
                        settings.wordLimit(),
                        config.integer("POSTBAG_SPAM_LINKS", 3),
                        watchedWords.rules(),
                        languages.magazine().locale()));
        letter.flags().add(screening.flags());
        letter.provenance().fingerprint(MinHash.summarise(post.body()));
        Transition verified = letter.receivedByPost(post.verifiedBy(), now);
        letters.add(letter);
        events.record(letter, editor, LetterAction.SUBMITTED, null, "Typed in from a postal letter");
        events.record(
                letter,
                editor,
                LetterAction.CONFIRMED,
                verified,
                "Verified by " + letter.provenance().verifiedBy());
        if (screening.hold()) {
            events.recordBy(
                    letter, LetterEvents.SYSTEM, LetterAction.HELD, letter.hold(null), "A watched word holds it");
        }
        campaigns.link(letter);
        if (scan != null) {
            documents.add(new LetterDocument(
                    letter,
                    LetterDocument.Kind.SCAN,
                    scan.fileName() == null || scan.fileName().isBlank() ? "scan" : scan.fileName(),
                    scanType.get(),
                    scan.content(),
                    null,
                    now));
        }
        return letter;
    }

    /** What a scan is, by its first bytes, whatever its name or the browser says. */
    static final class ScanType {
        private ScanType() {}

        static Optional<String> of(byte[] content) {
            if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
                return Optional.of("application/pdf");
            }
            if (starts(content, 0xFF, 0xD8, 0xFF)) {
                return Optional.of("image/jpeg");
            }
            if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
                return Optional.of("image/png");
            }
            return Optional.empty();
        }

        private static boolean starts(byte[] content, int... prefix) {
            if (content.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((content[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
