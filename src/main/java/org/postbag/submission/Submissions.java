package org.postbag.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.ClientAddress;
import org.postbag.letter.Author;
import org.postbag.letter.Flag;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.MinHash;
import org.postbag.letter.Screening;
import org.postbag.letter.Transition;
import org.postbag.linking.Linking;
import org.postbag.linking.QuoteChecks;
import org.postbag.linking.ReplyLink;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.linking.ReplyLinks;
import org.postbag.moderation.Campaigns;
import org.postbag.moderation.WatchedWords;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;

/**
 * Takes letters in from readers: refuses floods, recognises a letter sent twice, screens the
 * text, stores the letter, and writes the confirmation email to the outbox, all in one
 * transaction. Then the writer's private link confirms, shows and withdraws the letter.
 */
@ApplicationScoped
public class Submissions {

    /** The same text from the same address within this time is the same letter. */
    static final Duration SAME_WRITER_WINDOW = Duration.ofDays(1);
    /** The same text from another address within this time is flagged as a duplicate. */
    static final Duration OTHER_WRITER_WINDOW = Duration.ofDays(90);

    @Inject
    private Letters letters;

    @Inject
    private Pieces pieces;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private WatchedWords watchedWords;

    @Inject
    private Settings settings;

    @Inject
    private Languages languages;

    @Inject
    private Config config;

    @Inject
    private Secrets secrets;

    @Inject
    private Outbox outbox;

    @Inject
    private SubmissionEmails emails;

    @Inject
    private LetterEvents events;

    @Inject
    private Campaigns campaigns;

    @Inject
    private Linking linking;

    @Inject
    private QuoteChecks quoteChecks;

    @Inject
    private Clock clock;

    @Transactional
    public SubmissionOutcome submit(LetterDraft draft, Sender sender) {
        Instant now = clock.instant();
        if (sender.submissionKey() != null) {
            Optional<Letter> sameForm = letters.bySubmissionKey(sender.submissionKey());
            if (sameForm.isPresent()) {
                return new SubmissionOutcome.AlreadyReceived(sameForm.get());
            }
        }
        String submitter = Hashing.hmacHex(secrets.key("submitter"), ClientAddress.network(sender.address()));
        Optional<String> flood = flood(draft.email(), submitter, now);
        if (flood.isPresent()) {
            return new SubmissionOutcome.Refused(flood.get());
        }

        String fingerprint = LetterText.fingerprint(draft.body());
        List<Letter> sameText = letters.sameTextSince(fingerprint, now.minus(OTHER_WRITER_WINDOW));
        Optional<Letter> resent = sameText.stream()
                .filter(other -> other.receivedAt().isAfter(now.minus(SAME_WRITER_WINDOW)))
                .filter(other -> draft.email().equalsIgnoreCase(other.author().email()))
                .findFirst();
        if (resent.isPresent()) {
            return new SubmissionOutcome.AlreadyReceived(resent.get());
        }

        String token = Hashing.newToken();
        Letter letter = new Letter(
                letters.nextReference(now),
                new Author(draft.name(), draft.town(), draft.email()),
                draft.nameWithheld(),
                draft.subject(),
                draft.body(),
                now);
        letter.provenance()
                .arrivedThrough(
                        sender.submissionKey(),
                        Hashing.sha256(token),
                        submitter,
                        draft.contactDetails(),
                        draft.citation());
        letter.provenance().arrivedBy(sender.arrival());

        Screening.Result screening = Screening.screen(draft.body(), rules());
        List<Flag> flags = new ArrayList<>(screening.flags());
        boolean spam = screening.spam();
        // One flag per earlier copy, oldest reference first, so that the desk lists them in a stable order.
        for (Letter other : sameText.stream()
                .sorted(java.util.Comparator.comparing(Letter::reference))
                .toList()) {
            if (!draft.email().equalsIgnoreCase(other.author().email())) {
                flags.add(new Flag(FlagKind.DUPLICATE, "Same text as " + other.reference() + ", from another writer"));
            }
        }
        if (sender.filledHiddenField()) {
            flags.add(new Flag(FlagKind.HONEYPOT, "The hidden field that people do not see was filled in"));
            spam = true;
        }
        Duration least = config.seconds("POSTBAG_MIN_FILL_SECONDS", Duration.ofSeconds(3));
        if (sender.timeOnForm() != null && sender.timeOnForm().compareTo(least) < 0) {
            // A paste and the browser's autofill can be quick: the letter waits for its writer's
            // confirmation and then for an editor, flagged, as any other. It is not spam unless
            // something else says so (the hidden field, the links).
            flags.add(new Flag(
                    FlagKind.TOO_FAST, "Sent " + sender.timeOnForm().toMillis() + " ms after the form was opened"));
        }
        letter.flags().add(flags);
        letter.provenance().fingerprint(MinHash.summarise(draft.body()));
        Transition arrival = spam ? letter.arriveAsSpam() : null;
        letters.add(letter);
        events.recordBy(letter, LetterEvents.WRITER, LetterAction.SUBMITTED, null, null);
        if (arrival != null) {
            events.recordBy(letter, LetterEvents.SYSTEM, LetterAction.MARKED_SPAM, arrival, "Screening");
        }
        campaigns.link(letter);

        for (String reference : draft.repliesTo()) {
            pieces.byReference(reference)
                    .filter(Piece::isPublished)
                    .filter(piece -> !piece.publishedAt().isAfter(now))
                    .ifPresent(piece -> {
                        replyLinks.add(ReplyLink.suggested(letter, piece, ReplyLinkSource.READER, now));
                        // A new letter goes to the section of the (first) piece it answers that has one.
                        if (letter.sectionId() == null) {
                            letter.placeInSection(piece.sectionId());
                        }
                    });
        }
        if (draft.invitation() != null) {
            linking.replyArrived(draft.invitation(), letter);
        }
        // A letter that answers nothing has nothing to check its quotations against: they are
        // "not checked", never flagged, so the check (two queries) is made only for a reply.
        if (!draft.repliesTo().isEmpty() || draft.invitation() != null) {
            quoteChecks.refreshFlag(letter);
        }
        if (!spam) {
            outbox.send(emails.confirmation(letter, token));
        }
        return new SubmissionOutcome.Accepted(letter);
    }

    /** Refuses a letter over the rate limits; a limit of 0 is no limit (for a load test, say). */
    private Optional<String> flood(String email, String submitter, Instant now) {
        int addressHour = config.integer("POSTBAG_RATE_LIMIT_ADDRESS_PER_HOUR", 5);
        int addressDay = config.integer("POSTBAG_RATE_LIMIT_ADDRESS_PER_DAY", 20);
        int networkHour = config.integer("POSTBAG_RATE_LIMIT_IP_PER_HOUR", 5);
        int networkDay = config.integer("POSTBAG_RATE_LIMIT_IP_PER_DAY", 20);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Letters.Recent fromAddress =
                letters.recentFromAddress(email, hourAgo, dayAgo, Math.max(addressHour, addressDay));
        if (over(fromAddress.lastHour(), addressHour)) {
            return Optional.of("You have sent us " + addressHour + " letters in the last hour, which is as many as we"
                    + " take. Please keep your letter and send it again later.");
        }
        if (over(fromAddress.lastDay(), addressDay)) {
            return Optional.of("You have sent us " + addressDay + " letters today, which is as many as we take in a"
                    + " day. Please keep your letter and send it again tomorrow.");
        }
        Letters.Recent fromNetwork =
                letters.recentFromSubmitter(submitter, hourAgo, dayAgo, Math.max(networkHour, networkDay));
        if (over(fromNetwork.lastHour(), networkHour)) {
            return Optional.of("We have had " + networkHour + " letters from your network in the last hour, which is"
                    + " as many as we take. Please keep your letter and send it again later.");
        }
        if (over(fromNetwork.lastDay(), networkDay)) {
            return Optional.of("We have had " + networkDay + " letters from your network today, which is as many as"
                    + " we take in a day. Please keep your letter and send it again tomorrow.");
        }
        return Optional.empty();
    }

    private static boolean over(long count, int limit) {
        return limit > 0 && count >= limit;
    }

    private Screening.Rules rules() {
        return new Screening.Rules(
                settings.wordLimit(),
                config.integer("POSTBAG_SPAM_LINKS", 3),
                watchedWords.rules(),
                languages.magazine().locale());
    }

    public Optional<Letter> findBySubmissionKey(String key) {
        return key == null ? Optional.empty() : letters.bySubmissionKey(key);
    }

    /** What the writer's private link shows, if the token is one we issued. */
    public Optional<Letter> letterFor(String token) {
        return token == null || token.length() > 100
                ? Optional.empty()
                : letters.byAccessTokenHash(Hashing.sha256(token));
    }

    /**
     * When the writer's link to this letter stopped working, if it has: the letter was closed
     * (published, not selected, withdrawn) longer ago than {@code POSTBAG_STATUS_LINK_DAYS}.
     */
    public Optional<Instant> linkExpiredAt(Letter letter) {
        if (!letter.status().isClosed()) {
            return Optional.empty();
        }
        Instant closed = events.lastStatusChange(letter).map(LetterEvent::at).orElse(letter.receivedAt());
        return letter.status().writersLinkExpiry(closed, statusLinkLife()).filter(at -> !at.isAfter(clock.instant()));
    }

    /** How long the writer's link works after the letter's outcome. */
    public Duration statusLinkLife() {
        return Duration.ofDays(config.integer("POSTBAG_STATUS_LINK_DAYS", 90));
    }

    /** The writer followed the link in the confirmation email and pressed the button. */
    @Transactional
    public ConfirmationOutcome confirm(String token) {
        Optional<Letter> found = letterFor(token);
        if (found.isEmpty()) {
            return ConfirmationOutcome.UNKNOWN;
        }
        Letter letter = found.get();
        if (letter.confirmedAt() != null || letter.status() != LetterStatus.UNCONFIRMED) {
            return letter.status() == LetterStatus.WITHDRAWN
                    ? ConfirmationOutcome.WITHDRAWN
                    : ConfirmationOutcome.ALREADY_CONFIRMED;
        }
        Instant now = clock.instant();
        if (letter.receivedAt().plus(settings.unconfirmedRetention()).isBefore(now)) {
            return ConfirmationOutcome.EXPIRED;
        }
        // Watched words are checked again: an admin may have added one since the letter came in.
        Transition confirmed = letter.confirm(now);
        events.recordBy(letter, LetterEvents.WRITER, LetterAction.CONFIRMED, confirmed, null);
        if (Screening.screen(letter.originalBody(), rules()).hold()) {
            events.recordBy(
                    letter, LetterEvents.SYSTEM, LetterAction.HELD, letter.hold(null), "A watched word holds it");
        }
        return ConfirmationOutcome.CONFIRMED;
    }

    @Transactional
    public Optional<Letter> withdraw(String token) {
        Optional<Letter> letter = letterFor(token);
        letter.ifPresent(
                found -> events.recordBy(found, LetterEvents.WRITER, LetterAction.WITHDRAWN, found.withdraw(), null));
        return letter;
    }

    /** Letters nobody confirmed in time are deleted, with their links and flags. */
    @Transactional
    public int purgeUnconfirmed() {
        return letters.deleteUnconfirmedReceivedBefore(clock.instant().minus(settings.unconfirmedRetention()));
    }
}
