package org.postbag.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.postbag.editing.AuthorApproval;
import org.postbag.editing.Cuts;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.linking.ReplyLink;
import org.postbag.linking.ReplyLinks;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;
import org.postbag.submission.Submissions;

/**
 * The writer's private pages, reached through the token in their email:
 * {@code /confirm/<token>} to confirm the address, {@code /status/<token>} to follow the
 * letter and to withdraw it. The token is the only key; without it there is nothing to see,
 * and it stops working a while after the letter's outcome ({@link Submissions#linkExpiredAt}).
 */
@Named
@RequestScoped
@PageAction
public class WritersLetter {

    @Inject
    @Param(pathIndex = 0)
    private String token;

    @Inject
    private Submissions submissions;

    @Inject
    private ReplyLinks replyLinks;

    @Inject
    private Dates dates;

    @Inject
    private Pieces pieces;

    @Inject
    private Cuts cuts;

    private Letter letter;
    private List<ReplyLink> answers = List.of();
    private Instant expiredAt;
    private String publishedAt;
    private AuthorApproval agreed;

    /** The writer ticked "I want to withdraw this letter": withdrawing asks once. */
    private boolean reallyWithdraw;

    @PostConstruct
    void load() {
        letter = submissions.letterFor(token).orElse(null);
        expiredAt = letter == null ? null : submissions.linkExpiredAt(letter).orElse(null);
        if (expiredAt != null) {
            letter = null;
        } else if (letter != null) {
            answers = replyLinks.of(letter);
            publishedAt = pieces.ofLetter(letter)
                    .filter(Piece::isPublished)
                    .map(piece -> "/letters/" + piece.reference() + "/" + piece.slug())
                    .orElse(null);
            agreed = cuts.agreedByWriter(letter).orElse(null);
        }
        HttpServletResponse response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        // A private page: no shared cache may keep it, and no link may carry its address away.
        response.setHeader("Cache-Control", "no-store");
        // same-origin, not no-referrer: the page's own forms must still send their Origin.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Robots-Tag", "noindex");
        if (expiredAt != null) {
            response.setStatus(HttpServletResponse.SC_GONE);
        } else if (letter == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void confirm() {
        switch (submissions.confirm(token)) {
            case CONFIRMED, ALREADY_CONFIRMED, WITHDRAWN -> Faces.redirect("status/%s?confirmed=true", token);
            case EXPIRED -> Messages.addGlobalError(Words.of(Faces.getContext(), "writersLetter.error.expired"));
            case UNKNOWN -> Messages.addGlobalError(Words.of(Faces.getContext(), "writersLetter.error.unknown"));
        }
    }

    public void withdraw() {
        if (!reallyWithdraw) {
            PageActionBoundary.refuse(
                    "reallyWithdraw", Words.of(Faces.getContext(), "writersLetter.error.reallyWithdraw"));
            return;
        }
        submissions.withdraw(token);
        Faces.redirect("status/%s?withdrawn=true", token);
    }

    public String getToken() {
        return letter == null ? null : token;
    }

    public boolean isFound() {
        return letter != null;
    }

    public boolean isExpired() {
        return expiredAt != null;
    }

    /** What the page says when the link has expired: since when, and what the writer can do instead. */
    public String getExpiredNotice() {
        return expiredAt == null
                ? ""
                : Words.of(
                        Faces.getContext(),
                        "writersLetter.expiredNotice",
                        dates.day(expiredAt),
                        submissions.statusLinkLife().toDays());
    }

    public Letter getLetter() {
        return letter;
    }

    public List<ReplyLink> getAnswers() {
        return answers;
    }

    public boolean isConfirmable() {
        return letter != null && letter.status() == LetterStatus.UNCONFIRMED;
    }

    /** Until it is published or decided, confirmed or not: a writer who changed their mind need not confirm first. */
    public boolean isWithdrawable() {
        return letter != null && letter.status().isWithdrawable();
    }

    public boolean isReallyWithdraw() {
        return reallyWithdraw;
    }

    public void setReallyWithdraw(boolean reallyWithdraw) {
        this.reallyWithdraw = reallyWithdraw;
    }

    /** Where readers find the letter, once it is published. */
    public String getPublishedAt() {
        return publishedAt;
    }

    /** The edit the writer agreed to, if we asked and they said yes. */
    public AuthorApproval getAgreed() {
        return agreed;
    }

    /** The status in the writer's words: "received", "being considered", "published". */
    public String getStatusInWords() {
        return letter == null
                ? ""
                : Words.of(
                        Faces.getContext(),
                        "writersLetter.status." + letter.status().name());
    }
}
