package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.LetterFile;
import org.postbag.desk.LetterFiles;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.LetterHtml;
import org.postbag.letter.LetterReference;
import org.postbag.moderation.Decision;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.Queue;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;
import org.postbag.moderation.web.QueueQuery;
import org.postbag.moderation.web.UndoDecision;

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

    private LetterFile file;
    private QueueQuery from;
    private Long rejectTemplate;
    private boolean tellWriter;
    private String holdNote;
    private String note;
    private String approveNote;

    @PostConstruct
    void open() {
        QueueQuery query = QueueQuery.of(Faces.getRequestParameterMap()::get);
        from = query.at(query.tab(), null, null);
        if (LetterReference.isWellFormed(reference)) {
            file = files.open(reference, me.require().id()).orElse(null);
        }
        if (file == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** An action on this letter, given its reference, the version the page showed and the editor. */
    public interface Action {
        void run(String reference, int version, long editor);
    }

    private interface DecisionAction {
        Decision run(String reference, int version, long editor);
    }

    /**
     * An action that is not a decision: back to the same place on this page (the section named).
     * The letter's other beans ({@link LetterLinks}, {@link LetterSection},
     * {@link LetterRevisions}, {@link LetterPublication})
     * act through it, so that they share the page's letter, its version and the queue it came from.
     */
    public void act(Action action, String done, String section) {
        action.run(file.reference(), file.version(), me.require().id());
        PageActionBoundary.done(done, "/editor/letters/" + file.reference() + from.toQueryString() + "#" + section);
    }

    /**
     * A decision: on to the next letter of the tab (or the tab itself when none is left), with an Undo.
     *
     * @param done the bundle's words for what was done, with the letter's reference
     */
    private void decide(DecisionAction action, String done) {
        long editor = me.require().id();
        Decision decision = action.run(file.reference(), file.version(), editor);
        UndoDecision.offer(decision);
        String next = queue.nextAfter(from.filter(dates.zone()), editor, file.reference())
                .map(letter -> "/editor/letters/" + letter)
                .orElse("/editor/queue");
        PageActionBoundary.done(
                Words.of(FacesContext.getCurrentInstance(), done, file.reference()), next + from.toQueryString());
    }

    @Override
    public String lostRaceMessage() {
        return Words.of(FacesContext.getCurrentInstance(), moderation.staleMessageFor(file.reference()));
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

    /** The tab the editor came from, as the bundle names it ({@code queue.tab.held}). */
    public String getQueueTab() {
        return from.currentTab().key();
    }

    public void claim() {
        act(moderation::claim, Words.of(FacesContext.getCurrentInstance(), "deskLetter.done.claimed"), "decide");
    }

    public void takeOver() {
        act(moderation::takeOver, Words.of(FacesContext.getCurrentInstance(), "deskLetter.done.takenOver"), "decide");
    }

    public void release() {
        act(moderation::release, Words.of(FacesContext.getCurrentInstance(), "deskLetter.done.released"), "decide");
    }

    public void approve() {
        decide(
                (ref, version, editor) -> moderation.approve(ref, version, editor, approveNote),
                "deskLetter.done.approved");
    }

    public String getApproveNote() {
        return approveNote;
    }

    public void setApproveNote(String approveNote) {
        this.approveNote = approveNote;
    }

    public void reject() {
        if (rejectTemplate == null) {
            PageActionBoundary.refuse(
                    "rejectTemplate", Words.of(FacesContext.getCurrentInstance(), "moderation.reason.missing"));
            return;
        }
        decide(
                (ref, version, editor) -> moderation.reject(ref, version, editor, rejectTemplate, tellWriter),
                tellWriter ? "deskLetter.done.rejectedTold" : "deskLetter.done.rejected");
    }

    public void hold() {
        decide((ref, version, editor) -> moderation.hold(ref, version, editor, holdNote), "deskLetter.done.held");
    }

    public void spam() {
        decide(moderation::markSpam, "deskLetter.done.spam");
    }

    public void notSpam() {
        decide(moderation::notSpam, "deskLetter.done.notSpam");
    }

    public void undo() {
        act(moderation::undo, Words.of(FacesContext.getCurrentInstance(), "deskLetter.done.undone"), "decide");
    }

    /** The text as it stands, shown once, with its quotations marked in place by verdict. */
    public String getMarkedText() {
        List<LetterHtml.Mark> marks = file.conversation().quotes().lines().stream()
                .map(line -> new LetterHtml.Mark(
                        line.start(),
                        line.end(),
                        "quote " + line.verdict().replace(' ', '-'),
                        Words.of(
                                FacesContext.getCurrentInstance(),
                                "deskLetter.quoteMark",
                                Words.of(
                                        FacesContext.getCurrentInstance(),
                                        "deskLetter.verdict." + line.verdict().replace(' ', '_')))))
                .toList();
        return LetterHtml.render(file.editing().body(), marks);
    }

    public void addNote() {
        act(
                (ref, version, editor) -> moderation.addNote(ref, editor, note),
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.notes.done"),
                "notes");
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
}
