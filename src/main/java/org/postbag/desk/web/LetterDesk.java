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
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.letter.LetterHtml;
import org.postbag.letter.LetterReference;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;
import org.postbag.publishing.Publishing;

/**
 * One letter at the desk, /editor/letters/L-2026-00042. The page keeps the version of the
 * letter it showed; every action sends it, so that a change someone else made in between is
 * never overwritten.
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
    private transient RejectionTemplates templates;

    @Inject
    private transient CurrentAccount me;

    private LetterFile file;
    private Long rejectTemplate;
    private boolean tellWriter;
    private String holdNote;
    private String note;
    private String writerMessage;
    private String linkReference;
    private String takeDownReason;
    private String correction;
    private Long sectionId;
    private transient Map<Long, String> sectionChoices;

    @Inject
    private transient Publishing publishing;

    @Inject
    private transient Linking linking;

    @Inject
    private transient Cuts cuts;

    @PostConstruct
    void open() {
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

    private void act(Action action, String done) {
        action.run(file.reference(), file.version(), me.require().id());
        PageActionBoundary.done(done, "/editor/letters/" + file.reference());
    }

    @Override
    public String lostRaceMessage() {
        return moderation.staleMessageFor(file.reference()).getMessage();
    }

    public void claim() {
        act(moderation::claim, "You hold this letter now.");
    }

    public void takeOver() {
        act(moderation::takeOver, "You have taken this letter over.");
    }

    public void release() {
        act(moderation::release, "You have released this letter.");
    }

    public void approve() {
        act(moderation::approve, "Approved.");
    }

    public void reject() {
        if (rejectTemplate == null) {
            PageActionBoundary.refuse("Choose a reason for rejecting the letter.");
            return;
        }
        act(
                (ref, version, editor) -> moderation.reject(ref, version, editor, rejectTemplate, tellWriter),
                tellWriter ? "Rejected; the writer will be told." : "Rejected.");
    }

    public void hold() {
        act((ref, version, editor) -> moderation.hold(ref, version, editor, holdNote), "Held.");
    }

    public void spam() {
        act(moderation::markSpam, "Marked as spam.");
    }

    public void notSpam() {
        act(moderation::notSpam, "Moved out of spam.");
    }

    public void undo() {
        act(moderation::undo, "Undone.");
    }

    public void approveLatest() {
        act(cuts::approveLatestVersion, "The latest revision is approved for print.");
    }

    public void askWriter() {
        act(
                (ref, version, editor) -> cuts.askWriter(ref, version, editor, writerMessage),
                "Sent to the writer. The letter waits in “Waiting for author”.");
    }

    public String getWriterMessage() {
        return writerMessage;
    }

    public void setWriterMessage(String writerMessage) {
        this.writerMessage = writerMessage;
    }

    public void link(String pieceReference, String evidence, Double confidence) {
        act(
                (ref, version, editor) -> linking.link(
                        ref,
                        version,
                        editor,
                        pieceReference,
                        evidence == null ? ReplyLinkSource.EDITOR : ReplyLinkSource.CITATION,
                        evidence,
                        confidence),
                "Linked: " + file.reference() + " answers " + pieceReference + ".");
    }

    public void linkByReference() {
        if (linkReference == null || linkReference.isBlank()) {
            PageActionBoundary.refuse("Enter the reference of the article or letter, for example A-2026-00001.");
            return;
        }
        link(linkReference.strip(), null, null);
    }

    public void unlink(String pieceReference) {
        act(
                (ref, version, editor) -> linking.unlink(ref, version, editor, pieceReference),
                "Unlinked: " + file.reference() + " does not answer " + pieceReference + ".");
    }

    public void invite(String pieceReference) {
        act(
                (ref, version, editor) -> linking.invite(ref, version, editor, pieceReference),
                "Invitation sent to the author of " + pieceReference + ".");
    }

    /** The text as it stands, with its quotations marked by verdict. */
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

    public String getLinkReference() {
        return linkReference;
    }

    public void setLinkReference(String linkReference) {
        this.linkReference = linkReference;
    }

    public void publishOnline() {
        act(publishing::publishOnline, "Published online. It can still go on an issue's page.");
    }

    public void unpublish() {
        act((ref, version, editor) -> publishing.unpublish(ref, version, editor, takeDownReason), "Taken down.");
    }

    public void correct() {
        act((ref, version, editor) -> publishing.correct(ref, version, editor, correction), "Correction published.");
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
                        : "Moved to " + getSections().get(target) + ".");
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public void addNote() {
        act((ref, version, editor) -> moderation.addNote(ref, editor, note), "Note added.");
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
