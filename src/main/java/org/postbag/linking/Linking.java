package org.postbag.linking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterText;
import org.postbag.letter.StaleLetters;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;

/**
 * Editors decide what a letter answers: they confirm a reader's or the detector's suggestion,
 * add a link of their own, or remove one. A link that would loop back to the letter, or that
 * points at a piece published after the letter arrived, is refused. And they invite the
 * author of an answered piece to reply.
 */
@ApplicationScoped
public class Linking {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pieces pieces;

    @Inject
    private Languages languages;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private Threads threads;

    @Inject
    private QuoteChecks quoteChecks;

    @Inject
    private Accounts accounts;

    @Inject
    private LetterEvents events;

    @Inject
    private StaleLetters staleLetters;

    @Inject
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private Dates dates;

    @Inject
    private Clock clock;

    /** The letter answers the piece: a new confirmed link, or a suggestion confirmed. */
    @Transactional
    public void link(
            String reference,
            int version,
            long editorId,
            String pieceReference,
            ReplyLinkSource source,
            String evidence,
            Double confidence) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        Piece piece = pieces.byReference(pieceReference == null ? "" : pieceReference.strip())
                .orElseThrow(() -> DomainException.of("linking.piece.missing", pieceReference));
        requireLinkable(letter, piece);
        Instant now = clock.instant();
        Optional<ReplyLink> existing = replyLinks.between(letter, piece);
        if (existing.isPresent()) {
            if (existing.get().status() == ReplyLinkStatus.CONFIRMED) {
                throw DomainException.of("linking.already", reference, piece.reference());
            }
            existing.get().confirm(editor.displayName(), now);
        } else {
            ReplyLink link = ReplyLink.confirmed(letter, piece, source, now).because(evidence, confidence);
            link.confirm(editor.displayName(), now);
            replyLinks.add(link);
        }
        em.flush();
        events.record(
                letter, editor, LetterAction.LINKED, null, "Answers " + piece.reference() + " (" + piece.title() + ")");
        changed(letter);
    }

    /** The letter does not answer the piece after all; kept as dismissed so it is not suggested again. */
    @Transactional
    public void unlink(String reference, int version, long editorId, String pieceReference) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        Piece piece = pieces.byReference(pieceReference)
                .orElseThrow(() -> DomainException.of("linking.piece.none", pieceReference));
        Instant now = clock.instant();
        ReplyLink link = replyLinks.between(letter, piece).orElseGet(() -> {
            ReplyLink dismissed = ReplyLink.suggested(letter, piece, ReplyLinkSource.CITATION, now);
            replyLinks.add(dismissed);
            return dismissed;
        });
        link.dismiss(editor.displayName(), now);
        em.flush();
        events.record(letter, editor, LetterAction.LINKED, null, "Does not answer " + piece.reference());
        changed(letter);
    }

    private void requireLinkable(Letter letter, Piece piece) {
        if (piece.letter() != null && piece.letter().equals(letter)) {
            throw DomainException.of("linking.itself");
        }
        if (threads.wouldLoop(letter, piece.id())) {
            throw DomainException.of("linking.loop", letter.reference(), piece.reference());
        }
        if (!piece.isPublished()) {
            throw DomainException.of("linking.unpublished", piece.reference());
        }
        if (piece.publishedAt().isAfter(letter.receivedAt())) {
            throw DomainException.of("linking.later", piece.reference(), letter.reference());
        }
    }

    /** Links changed: the quotations are checked again, and the letter's version moves on. */
    private void changed(Letter letter) {
        quoteChecks.refreshFlag(letter);
        em.lock(letter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * Right of reply: emails the author of a piece the letter answers a private link to the
     * "Write to us" form, which links their reply to this letter.
     */
    @Transactional
    public void invite(String reference, int version, long editorId, String pieceReference) {
        Account editor = editor(editorId);
        Letter letter = current(reference, version, editorId);
        Piece piece = replyLinks.answeredBy(letter).stream()
                .filter(p -> p.reference().equals(pieceReference))
                .findFirst()
                .orElseThrow(() -> DomainException.of("linking.notAnswering", reference, pieceReference));
        Contact author = authorOf(piece).orElseThrow(() -> DomainException.of("linking.noAuthorEmail", pieceReference));
        String token = Hashing.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(invitationLife());
        em.persist(new Invitation(
                Hashing.sha256(token),
                letter,
                piece,
                author.name(),
                author.email(),
                editor.displayName(),
                now,
                expires));
        events.record(letter, editor, LetterAction.LINKED, null, "Invited " + author.name() + " to reply");
        outbox.send(invitationEmail(letter, piece, author, token, expires));
        em.lock(letter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Someone we can write to: the author of an article, or the writer of a published letter. */
    public record Contact(String name, String email) {}

    public Optional<Contact> authorOf(Piece piece) {
        if (piece.authorEmail() != null && !piece.authorEmail().isBlank()) {
            return Optional.of(new Contact(
                    piece.authorName() == null ? piece.signOff() : piece.authorName(), piece.authorEmail()));
        }
        Letter letter = piece.letter();
        if (letter != null && letter.author().email() != null) {
            return Optional.of(
                    new Contact(letter.author().name(), letter.author().email()));
        }
        return Optional.empty();
    }

    /**
     * How long an invited author has to reply: a reply is wanted while the letter it answers is
     * still news, a few issues at most.
     */
    private Duration invitationLife() {
        return Duration.ofDays(config.integer("POSTBAG_INVITATION_DAYS", 30));
    }

    private Email invitationEmail(Letter letter, Piece piece, Contact author, String token, Instant expires) {
        Locale locale = languages.magazine().locale();
        return MailTemplates.render(
                "invitation",
                locale,
                author.email(),
                letter.reference(),
                Map.of(
                        "name", author.name(),
                        "magazine", settings.magazineName(),
                        "kind",
                                Words.in(
                                        locale,
                                        piece.letter() == null ? "mail.invitation.article" : "mail.invitation.letter"),
                        "title", piece.title(),
                        "signOff", letter.textForPrint().signOff(),
                        "opening", LetterText.firstWords(letter.textForPrint().body(), 30),
                        "link", config.baseUrl() + "/write?invitation=" + token,
                        "expires", dates.day(expires, locale)));
    }

    /** What the "Write to us" form shows an invited writer. */
    public record InvitationView(
            String inviteeName, String inviteeEmail, String letterTitle, String letterSignOff, String pieceTitle) {}

    @Transactional
    public Optional<InvitationView> invitationView(String token) {
        return invitation(token).map(invitation -> {
            var text = invitation.letter().textForPrint();
            return new InvitationView(
                    invitation.inviteeName(),
                    invitation.inviteeEmail(),
                    text.headline() != null ? text.headline() : LetterText.firstWords(text.body(), 10),
                    text.signOff(),
                    invitation.piece().title());
        });
    }

    /** The invitation behind a link, if it is one of ours, not used yet and not expired. */
    public Optional<Invitation> invitation(String token) {
        Instant now = clock.instant();
        return anyInvitation(token).filter(invitation -> invitation.isOpen(now));
    }

    /**
     * Why a link that is not (or no longer) an open invitation cannot be used, in words for the
     * person who followed it, and what they can do instead. Empty for an open invitation.
     */
    @Transactional
    public Optional<String> invitationRefusal(String token) {
        Optional<Invitation> found = anyInvitation(token);
        if (found.isEmpty()) {
            return Optional.of("We do not recognise this invitation link: it may have been mistyped, or the invitation"
                    + " has been withdrawn. You can still write to us with the form below.");
        }
        Invitation invitation = found.get();
        if (invitation.isUsed()) {
            return Optional.of("You have replied already with this invitation, on " + dates.day(invitation.usedAt())
                    + ". To add something, write to us again with the form below.");
        }
        if (invitation.isExpired(clock.instant())) {
            return Optional.of("This invitation to reply expired on " + dates.day(invitation.expiresAt())
                    + ". You can still write to us with the form below: say which letter you are answering."
                    + " Or reply to our email and ask for a new link.");
        }
        return Optional.empty();
    }

    private Optional<Invitation> anyInvitation(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select i from Invitation i join fetch i.letter join fetch i.piece where i.tokenHash = :hash",
                        Invitation.class)
                .setParameter("hash", Hashing.sha256(token))
                .getResultStream()
                .findFirst();
    }

    /**
     * The invited reply arrived: it answers the letter that answered the invitee, linked now
     * (the letter's piece is made if it is not published yet).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replyArrived(String token, Letter reply) {
        invitation(token).ifPresent(invitation -> {
            Piece answered = pieces.ofLetterMadeIfMissing(invitation.letter());
            Instant now = clock.instant();
            ReplyLink link = ReplyLink.confirmed(reply, answered, ReplyLinkSource.INVITATION, now)
                    .because("Right of reply, invited by " + invitation.sentBy(), 1.0);
            link.confirm(invitation.sentBy(), now);
            replyLinks.add(link);
            invitation.usedFor(reply, now);
            // The reply joins the debate where it is: the section of the letter it answers.
            if (reply.sectionId() == null) {
                reply.placeInSection(invitation.letter().sectionId());
            }
        });
    }

    private Letter current(String reference, int version, long editorId) {
        return staleLetters.current(reference, version, editorId);
    }

    private Account editor(long id) {
        return accounts.byId(id).orElseThrow(() -> DomainException.of("desk.account.missing"));
    }
}
