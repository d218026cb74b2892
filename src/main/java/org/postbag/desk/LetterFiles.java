package org.postbag.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postbag.editing.AuthorApproval;
import org.postbag.house.Settings;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterEvent;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Revision;
import org.postbag.linking.CitationSuggestions;
import org.postbag.linking.Linking;
import org.postbag.linking.QuoteChecks;
import org.postbag.linking.ReplyLinks;
import org.postbag.linking.Threads;
import org.postbag.moderation.Campaigns;
import org.postbag.moderation.Note;

/** Reads a letter's whole file for the desk. */
@ApplicationScoped
public class LetterFiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LetterAccess access;

    @Inject
    private LetterEvents events;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private Campaigns campaigns;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private CitationSuggestions citations;

    @Inject
    private Threads threads;

    @Inject
    private QuoteChecks quoteChecks;

    @Inject
    private Linking linking;

    @Transactional
    public Optional<LetterFile> open(String reference, long editorId) {
        return access.open(reference, editorId).map(letter -> file(letter, editorId));
    }

    private LetterFile.Conversation conversation(Letter letter, List<LetterFile.Link> links) {
        var known = links.stream().map(LetterFile.Link::pieceReference).collect(Collectors.toSet());
        var suggestions = citations.forLetter(letter, letter.currentText().body()).stream()
                .filter(s -> !known.contains(s.reference()))
                .limit(5)
                .toList();
        List<String> invited = em.createQuery(
                        "select i.inviteeName from Invitation i where i.letter = :letter order by i.sentAt",
                        String.class)
                .setParameter("letter", letter)
                .getResultList();
        return new LetterFile.Conversation(
                suggestions, threads.rootOf(letter).orElse(null), quoteChecks.check(letter), invited);
    }

    private LetterFile.Editing editing(Letter letter) {
        Revision.Text current = letter.currentText();
        var revisions = letter.revisions().all().stream()
                .map(r -> new LetterFile.RevisionLine(
                        r.number(), r.authorName(), r.createdAt(), r.reason(), r.wordCount(), r.headline()))
                .toList();
        Integer approved = letter.revisions().approved() != null
                ? Integer.valueOf(letter.revisions().approved().number())
                : (letter.status() == LetterStatus.APPROVED
                                || letter.status() == LetterStatus.SCHEDULED
                                || letter.status() == LetterStatus.PUBLISHED
                        ? Integer.valueOf(0)
                        : null);
        Instant now = clock.instant();
        var requests = em.createQuery(
                        "select a from AuthorApproval a join fetch a.revision where a.letter = :letter order by a.sentAt desc",
                        AuthorApproval.class)
                .setParameter("letter", letter)
                .getResultStream()
                .map(a -> new LetterFile.RequestLine(
                        a.revision().number(),
                        a.sentBy(),
                        a.sentAt(),
                        a.dueAt(),
                        a.isOverdue(now),
                        a.answer() == null ? null : a.answer().name().toLowerCase(),
                        a.answeredAt(),
                        a.comment()))
                .toList();
        return new LetterFile.Editing(
                current.headline(),
                current.body(),
                current.signOff(),
                LetterText.countWords(current.body()),
                revisions,
                approved,
                requests);
    }

    private LetterFile file(Letter letter, long editorId) {
        var links = replyLinks.of(letter).stream()
                .map(link -> new LetterFile.Link(
                        link.piece().reference(),
                        link.piece().title(),
                        link.piece().signOff(),
                        link.status().name().toLowerCase(),
                        link.source().name().toLowerCase(),
                        link.evidence(),
                        link.piece().isPublished(),
                        linking.authorOf(link.piece()).isPresent()))
                .toList();
        var notes = em.createQuery("select n from Note n where n.letter = :letter order by n.at", Note.class)
                .setParameter("letter", letter)
                .getResultStream()
                .map(note -> new LetterFile.NoteLine(note.authorName(), note.at(), note.text()))
                .toList();
        var history = events.of(letter).stream()
                .map(event -> new LetterFile.HistoryLine(
                        event.at(),
                        event.actorName(),
                        event.action().label(),
                        event.fromStatus() == null ? null : event.fromStatus().label(),
                        event.toStatus() == null ? null : event.toStatus().label(),
                        event.note()))
                .toList();
        String undoable = events.lastStatusChange(letter)
                .filter(event -> event.action().isUndoable() && event.toStatus() == letter.status())
                .map(LetterEvent::action)
                .map(action -> action.label())
                .orElse(null);
        return new LetterFile(
                letter.reference(),
                letter.version(),
                letter.status(),
                letter.subject(),
                letter.originalBody(),
                letter.wordCount(),
                settings.wordLimit(),
                letter.author().name(),
                letter.author().town(),
                letter.author().email(),
                letter.provenance().contactDetails(),
                letter.nameWithheld(),
                letter.provenance().citation(),
                letter.receivedAt(),
                letter.confirmedAt(),
                letter.claim().map(claim -> claim.editor().displayName()).orElse(null),
                letter.claim().map(claim -> claim.editor().id() == editorId).orElse(false),
                letter.flags().all(),
                links,
                notes,
                history,
                campaigns.of(letter, access.scopeOf(editorId)),
                undoable,
                editing(letter),
                conversation(letter, links),
                letter.sectionId());
    }
}
