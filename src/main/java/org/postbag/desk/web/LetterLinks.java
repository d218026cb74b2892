package org.postbag.desk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.linking.CitationSuggestions;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;

/**
 * The letter page's "Replying to" panel: link the letter to what it answers (a piece the editor
 * names, or one the citations suggest, keeping the reasons with the link), unlink it, and invite
 * the author of an answered piece to reply. Acts through the page's {@link LetterDesk}.
 */
@Named
@ViewScoped
@PageAction
public class LetterLinks implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterDesk desk;

    @Inject
    private transient Linking linking;

    private String linkReference;

    @Override
    public String lostRaceMessage() {
        return desk.lostRaceMessage();
    }

    /** Links the letter to a piece the editor named, or confirms a suggested link. */
    public void link(String pieceReference) {
        desk.act(
                (ref, version, editor) ->
                        linking.link(ref, version, editor, pieceReference, ReplyLinkSource.EDITOR, null, null),
                Words.of(
                        FacesContext.getCurrentInstance(),
                        "deskLetter.link.done",
                        desk.getFile().reference(),
                        pieceReference),
                "replying");
    }

    /** Links the letter to a piece the citations suggest, keeping the reasons, in words, with the link. */
    public void linkSuggested(String pieceReference) {
        CitationSuggestions.Suggested suggestion = desk.getFile().conversation().suggestions().stream()
                .filter(s -> s.reference().equals(pieceReference))
                .findFirst()
                .orElse(null);
        if (suggestion == null) {
            link(pieceReference);
            return;
        }
        desk.act(
                (ref, version, editor) -> linking.link(
                        ref,
                        version,
                        editor,
                        pieceReference,
                        ReplyLinkSource.CITATION,
                        suggestion.evidenceInWords(),
                        suggestion.confidence()),
                Words.of(
                        FacesContext.getCurrentInstance(),
                        "deskLetter.link.done",
                        desk.getFile().reference(),
                        pieceReference),
                "replying");
    }

    public void linkByReference() {
        if (linkReference == null || linkReference.isBlank()) {
            PageActionBoundary.refuse(
                    "linkReference", Words.of(FacesContext.getCurrentInstance(), "deskLetter.link.missing"));
            return;
        }
        link(linkReference.strip());
    }

    public void unlink(String pieceReference) {
        desk.act(
                (ref, version, editor) -> linking.unlink(ref, version, editor, pieceReference),
                Words.of(
                        FacesContext.getCurrentInstance(),
                        "deskLetter.link.undone",
                        desk.getFile().reference(),
                        pieceReference),
                "replying");
    }

    public void invite(String pieceReference) {
        desk.act(
                (ref, version, editor) -> linking.invite(ref, version, editor, pieceReference),
                Words.of(FacesContext.getCurrentInstance(), "deskLetter.link.invited", pieceReference),
                "replying");
    }

    public String getLinkReference() {
        return linkReference;
    }

    public void setLinkReference(String linkReference) {
        this.linkReference = linkReference;
    }
}
