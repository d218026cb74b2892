package org.postbag.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.FacesException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;
import org.postbag.infrastructure.web.ClientAddress;
import org.postbag.infrastructure.web.DatabaseOutage;
import org.postbag.infrastructure.web.FormToken;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;
import org.postbag.linking.Linking;
import org.postbag.submission.Sender;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;

/**
 * The "Write to us" form: the fields ({@link LetterForm}), the piece picker ({@link PiecePicker})
 * and sending. Request scoped on a stateless view: the page creates no session, and what the
 * reader typed comes back with every error. The form token (see {@link FormToken}) stands in for
 * session state: it times the form and makes a second send of the same form find the letter the
 * first one stored.
 */
@Named
@RequestScoped
public class WriteLetter {

    static final String TOKEN_KEY = "form-token";
    private static final Duration TOKEN_LIFE = Duration.ofDays(2);

    private final LetterForm form = new LetterForm();

    private String formToken;

    /** The token of a right-of-reply invitation, when the writer came from one. */
    @Inject
    @Param(name = "invitation")
    private String invitation;

    private Linking.InvitationView invited;

    /** Why the invitation the writer came with cannot be used (expired, used, unknown). */
    private String invitationRefused;

    /** The letter as typed, for the word count of a form that came back (the model may not hold it). */
    @Inject
    @Param(name = "body")
    private String typedBody;

    @Inject
    private PiecePicker picker;

    @Inject
    private Submissions submissions;

    @Inject
    private Linking linking;

    @Inject
    private Secrets secrets;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @PostConstruct
    void readInvitation() {
        invited = invitation == null || invitation.isBlank()
                ? null
                : linking.invitationView(invitation).orElse(null);
        if (invited == null) {
            invitationRefused = invitation == null || invitation.isBlank()
                    ? null
                    : linking.invitationRefusal(invitation).orElse(null);
            invitation = null;
        } else if (!Faces.isPostback()) {
            form.invitee(invited.inviteeName(), invited.inviteeEmail());
        }
    }

    public void send() {
        try {
            store();
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            // The database is away. The letter must not be lost with it: the form comes back
            // with everything typed and the same form token, so that sending it again later
            // stores the letter once, even if this attempt did reach the database after all.
            picker.databaseIsAway();
            Faces.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            Faces.addResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            PageActionBoundary.refuse(Words.of(Faces.getContext(), "write.error.couldNotSave"));
        }
    }

    private void store() {
        Instant now = clock.instant();
        Optional<FormToken.Verified> token = FormToken.verify(secrets.key(TOKEN_KEY), formToken, now, TOKEN_LIFE);
        if (token.isEmpty()) {
            formToken = null;
            PageActionBoundary.refuse(Words.of(Faces.getContext(), "write.error.tokenExpired"));
            return;
        }
        Sender sender = new Sender(
                token.get().nonce(),
                ClientAddress.of(Faces.getRequest(), config),
                form.filledTheTrap(),
                token.get().age(now));
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(form.draft(picker.chosen(), invitation), sender);
        } catch (RuntimeException raced) {
            if (DatabaseUnavailable.isCause(raced)) {
                throw raced;
            }
            // Two sends of one form at the same moment: the second lost the race on the form's
            // key (its commit fails). The first one's letter is the answer to both.
            outcome = submissions
                    .findBySubmissionKey(sender.submissionKey())
                    .<SubmissionOutcome>map(SubmissionOutcome.AlreadyReceived::new)
                    .orElseThrow(() -> new FacesException(raced));
        }
        if (outcome instanceof SubmissionOutcome.Accepted accepted) {
            redirectToSent(accepted.letter(), false);
        } else if (outcome instanceof SubmissionOutcome.AlreadyReceived received) {
            redirectToSent(received.letter(), true);
        } else if (outcome instanceof SubmissionOutcome.Refused refused) {
            Faces.setResponseStatus(429);
            PageActionBoundary.refuse(refused.reason());
        }
    }

    /** To the page after sending, with the signature that shows the letter's details there to its writer only. */
    private void redirectToSent(Letter letter, boolean again) {
        Faces.redirect(
                "sent?ref=%s&sig=%s" + (again ? "&again=true" : ""),
                letter.reference(),
                SentReceipt.sign(secrets.key(SentReceipt.KEY), letter.reference()));
    }

    /** A fresh token for a new form; the one it was sent with when the form comes back. */
    public String getFormToken() {
        if (formToken == null) {
            formToken = FormToken.issue(secrets.key(TOKEN_KEY), clock.instant());
        }
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public LetterForm getForm() {
        return form;
    }

    public String getInvitation() {
        return invitation;
    }

    public Linking.InvitationView getInvited() {
        return invited;
    }

    public String getInvitationRefused() {
        return invitationRefused;
    }

    public int getWordLimit() {
        return settings.wordLimit();
    }

    /** Without JavaScript, the count appears when the form comes back. */
    public String getWordCountNote() {
        if (typedBody == null || typedBody.isBlank()) {
            return "";
        }
        int words = LetterText.countWords(typedBody);
        int limit = settings.wordLimit();
        String key = words > limit ? "write.note.over" : words == 1 ? "write.note.one" : "write.note";
        return Words.of(Faces.getContext(), key, words, limit, words - limit);
    }

    /** The page's description for search engines and link previews. */
    public String getDescription() {
        return Words.of(Faces.getContext(), "write.description", settings.magazineName());
    }

    /** The letter's hint, with its length limit. */
    public String getBodyHint() {
        return Words.of(Faces.getContext(), "write.body.hint", Letter.MAX_BODY);
    }
}
