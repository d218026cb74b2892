package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.letter.LetterHtml;
import org.postbag.letter.LetterReference;
import org.postbag.linking.CitationSuggestions;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.moderation.Decision;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.Queue;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;
import org.postbag.moderation.web.QueueQuery;
import org.postbag.moderation.web.UndoDecision;
import org.postbag.publishing.Publishing;

/**
 * One letter at the desk, /editor/letters/L-2026-00042?tab=new&amp;q=bus. The page keeps the
 * version of the letter it showed; every action sends it, so that a change someone else made in
 * between is never overwritten. It also keeps the queue tab and filters the editor came from: a
 * decision moves on to the next letter of that tab, with an Undo in its message, and any other
 * action comes back to the same place on this page.
 */
@Named
@ViewScoped
@PageAction
public class LetterDesk implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(pathIndex = 0)
    private String reference;

    @Inject
    private transient LetterFiles files;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient Queue queue;

    @Inject
    private transient RejectionTemplates templates;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Dates dates;

    @Inject
    private transient Publishing publishing;

    @Inject
    private transient Linking linking;

    @Inject
    private transient Cuts cuts;

    private LetterFile file;
    private QueueQuery from;
    private Long rejectTemplate;
    private boolean tellWriter;
    private String holdNote;
    private String note;
    private String writerMessage;
    private boolean approveOnAccept;
    private String approveNote;
    private String linkReference;
    private String takeDownReason;
    private String correction;
    private Long sectionId;
    private transient Map<Long, String> sectionChoices;

    @PostConstruct
    void open() {
        QueueQuery query = QueueQuery.of(Faces.getRequestParameterMap()::get);
        from = query.at(query.tab(), null, null);
        if (LetterReference.isWellFormed(reference)) {
            file = files.open(reference, me.require().id()).orElse(null);
        }
        if (file == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else {
            sectionId = file.sectionId() == null ? NO_SECTION : file.sectionId();
        }
    }

    private interface Action {
        void run(String reference, int version, long editor);
    }

    private interface DecisionAction {
        Decision run(String reference, int version, long editor);
    }

    /** An action that is not a decision: back to the same place on this page (the section named). */
    private void act(Action action, String done, String section) {
        action.run(file.reference(), file.version(), me.require().id());
        PageActionBoundary.done(done, "/editor/letters/" + file.reference() + from.toQueryString() + "#" + section);
    }

    /** A decision: on to the next letter of the tab (or the tab itself when none is left), with an Undo. */
    private void decide(DecisionAction action, String done) {
        long editor = me.require().id();
        Decision decision = action.run(file.reference(), file.version(), editor);
        UndoDecision.offer(decision);
        String next = queue.nextAfter(from.filter(dates.zone()), editor, file.reference())
                .map(letter -> "/editor/letters/" + letter)
                .orElse("/editor/queue");
        PageActionBoundary.done(file.reference() + " " + done, next + from.toQueryString());
    }

    @Override
    public String lostRaceMessage() {
        return moderation.staleMessageFor(file.reference()).getMessage();
    }

    /** The next letter of the tab the editor came from, without deciding this one; null at the end. */
    public String getNextLink() {
        return queue.nextAfter(from.filter(dates.zone()), me.require().id(), file.reference())
                .map(letter -> "/editor/letters/" + letter + from.toQueryString())
                .orElse(null);
    }

    /** The tab and filters the editor came from, for the links back to it. */
    public String getQueueLink() {
        return "/editor/queue" + from.toQueryString();
    }

    public String getQueueLabel() {
        return from.currentTab().label();
    }

    public void claim() {
        act(moderation::claim, "You hold this letter now.", "decide");
    }

    public void takeOver() {
        act(moderation::takeOver, "You have taken this letter over.", "decide");
    }

    public void release() {
        act(moderation::release, "You have released this letter.", "decide");
    }

    public void approve() {
        decide((ref, version, editor) -> moderation.approve(ref, version, editor, approveNote), "approved.");
    }

    public String getApproveNote() {
        return approveNote;
    }

    public void setApproveNote(String approveNote) {
        this.approveNote = approveNote;
    }

    public boolean isApproveOnAccept() {
        return approveOnAccept;
    }

    public void setApproveOnAccept(boolean approveOnAccept) {
        this.approveOnAccept = approveOnAccept;
    }

    public void reject() {
        if (rejectTemplate == null) {
            PageActionBoundary.refuse("rejectTemplate", "Choose a reason for rejecting the letter.");
            return;
        }
        decide(
                (ref, version, editor) -> moderation.reject(ref, version, editor, rejectTemplate, tellWriter),
                tellWriter ? "rejected; the writer will be told." : "rejected.");
    }

    public void hold() {
        decide((ref, version, editor) -> moderation.hold(ref, version, editor, holdNote), "held.");
    }

    public void spam() {
        decide(moderation::markSpam, "marked as spam.");
    }

    public void notSpam() {
        decide(moderation::notSpam, "moved out of spam.");
    }

    public void undo() {
        act(moderation::undo, "Undone.", "decide");
    }

    public void approveLatest() {
        act(cuts::approveLatestVersion, "The latest revision is approved for print.", "editing");
    }

    public void askWriter() {
        act(
                (ref, version, editor) -> cuts.askWriter(ref, version, editor, writerMessage, approveOnAccept),
                approveOnAccept
                        ? "Sent to the writer. The letter waits in “Waiting for author”, and is approved if they accept."
                        : "Sent to the writer. The letter waits in “Waiting for author”, and comes back to the desk if"
                                + " they accept.",
                "editing");
    }

    /** Links the letter to a piece the editor named, or confirms a suggested link. */
    public void link(String pieceReference) {
        act(
                (ref, version, editor) ->
                        linking.link(ref, version, editor, pieceReference, ReplyLinkSource.EDITOR, null, null),
                "Linked: " + file.reference() + " answers " + pieceReference + ".",
                "replying");
    }

    /** Links the letter to a piece the citations suggest, keeping the reasons, in words, with the link. */
    public void linkSuggested(String pieceReference) {
        CitationSuggestions.Suggested suggestion = file.conversation().suggestions().stream()
                .filter(s -> s.reference().equals(pieceReference))
                .findFirst()
                .orElse(null);
        if (suggestion == null) {
            link(pieceReference);
            return;
        }
        act(
                (ref, version, editor) -> linking.link(
                        ref,
                        version,
                        editor,
                        pieceReference,
                        ReplyLinkSource.CITATION,
                        suggestion.evidenceInWords(),
                        suggestion.confidence()),
                "Linked: " + file.reference() + " answers " + pieceReference + ".",
                "replying");
    }

    public void linkByReference() {
        if (linkReference == null || linkReference.isBlank()) {
            PageActionBoundary.refuse(
                    "linkReference", "Enter the reference of the article or letter, for example A-2026-00001.");
            return;
        }
        link(linkReference.strip());
    }

    public void unlink(String pieceReference) {
        act(
                (ref, version, editor) -> linking.unlink(ref, version, editor, pieceReference),
                "Unlinked: " + file.reference() + " does not answer " + pieceReference + ".",
                "replying");
    }

    public void invite(String pieceReference) {
        act(
                (ref, version, editor) -> linking.invite(ref, version, editor, pieceReference),
                "Invitation sent to the author of " + pieceReference + ".",
                "replying");
    }

    /** The text as it stands, shown once, with its quotations marked in place by verdict. */
    public String getMarkedText() {
        List<LetterHtml.Mark> marks = file.conversation().quotes().lines().stream()
                .map(line -> new LetterHtml.Mark(
                        line.start(),
                        line.end(),
                        "quote " + line.verdict().replace(' ', '-'),
                        "Quotation: " + line.verdict()))
                .toList();
        return LetterHtml.render(file.editing().body(), marks);
    }

    public void publishOnline() {
        act(publishing::publishOnline, "Published online. It can still go on an issue's page.", "publish");
    }

    public void unpublish() {
        act(
                (ref, version, editor) -> publishing.unpublish(ref, version, editor, takeDownReason),
                "Taken down.",
                "publish");
    }

    public void correct() {
        act(
                (ref, version, editor) -> publishing.correct(ref, version, editor, correction),
                "Correction published.",
                "publish");
    }

    /** The choice that stands for "no section": ids start at 1, and a null item value would not render. */
    static final long NO_SECTION = 0L;

    /**
     * The sections this editor may put the letter in; "No section" ({@link #NO_SECTION}) first
     * for those who see every section. Empty while the magazine has no sections.
     */
    public Map<Long, String> getSections() {
        if (sectionChoices == null) {
            long editor = me.require().id();
            Map<Long, String> choices = moderation.sectionChoices(editor);
            sectionChoices = new LinkedHashMap<>();
            if (!choices.isEmpty() && moderation.seesEverySection(editor)) {
                sectionChoices.put(NO_SECTION, "No section");
            }
            sectionChoices.putAll(choices);
        }
        return sectionChoices;
    }

    public void moveToSection() {
        Long target = sectionId == null || sectionId == NO_SECTION ? null : sectionId;
        act(
                (ref, version, editor) -> moderation.moveToSection(ref, version, editor, target),
                target == null
                        ? "The letter is in no section now."
                        : "Moved to " + getSections().get(target) + ".",
                "section");
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public void addNote() {
        act((ref, version, editor) -> moderation.addNote(ref, editor, note), "Note added.", "notes");
    }

    public LetterFile getFile() {
        return file;
    }

    public boolean isFound() {
        return file != null;
    }

    public List<RejectionTemplate> getTemplates() {
        return templates.all();
    }

    // Fields of the forms. ------------------------------------------------------------------

    public Long getRejectTemplate() {
        return rejectTemplate;
    }

    public void setRejectTemplate(Long rejectTemplate) {
        this.rejectTemplate = rejectTemplate;
    }

    public boolean isTellWriter() {
        return tellWriter;
    }

    public void setTellWriter(boolean tellWriter) {
        this.tellWriter = tellWriter;
    }

    public String getHoldNote() {
        return holdNote;
    }

    public void setHoldNote(String holdNote) {
        this.holdNote = holdNote;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWriterMessage() {
        return writerMessage;
    }

    public void setWriterMessage(String writerMessage) {
        this.writerMessage = writerMessage;
    }

    public String getLinkReference() {
        return linkReference;
    }

    public void setLinkReference(String linkReference) {
        this.linkReference = linkReference;
    }

    public String getTakeDownReason() {
        return takeDownReason;
    }

    public void setTakeDownReason(String takeDownReason) {
        this.takeDownReason = takeDownReason;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }
}
