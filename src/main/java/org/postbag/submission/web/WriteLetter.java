package org.postbag.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;
import org.postbag.infrastructure.web.ClientAddress;
import org.postbag.infrastructure.web.DatabaseOutage;
import org.postbag.infrastructure.web.FormToken;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterText;
import org.postbag.linking.Linking;
import org.postbag.publishing.PieceSearch;
import org.postbag.publishing.PieceSummary;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.Sender;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;

/**
 * The "Write to us" form. Request scoped on a stateless view: the page creates no session,
 * and what the reader typed comes back with every error. The form token (see
 * {@link FormToken}) stands in for session state: it times the form and makes a second send
 * of the same form find the letter the first one stored.
 */
@Named
@RequestScoped
public class WriteLetter {

    static final String TOKEN_KEY = "form-token";
    static final String COULD_NOT_SAVE = "We could not save your letter just now, please try again."
            + " Everything you wrote is still here: send it again in a minute or two.";
    private static final Duration TOKEN_LIFE = Duration.ofDays(2);

    @NotBlank(message = "Enter your name")
    @Size(max = Author.MAX_NAME, message = "Your name must be 100 characters or fewer")
    private String name;

    @Size(max = Author.MAX_TOWN, message = "Your town must be 100 characters or fewer")
    private String town;

    @NotBlank(message = "Enter your email address")
    @Size(max = 254, message = "Your email address must be 254 characters or fewer")
    @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "Enter an email address in the correct format, like name@example.com")
    private String email;

    @Size(max = Letter.MAX_CONTACT_DETAILS, message = "Your address or phone number must be 500 characters or fewer")
    private String contactDetails;

    @Size(max = 200, message = "The subject must be 200 characters or fewer")
    private String subject;

    @NotBlank(message = "Enter your letter")
    @Size(max = Letter.MAX_BODY, message = "Your letter must be 20,000 characters or fewer")
    private String body;

    @Size(max = Letter.MAX_CITATION, message = "What your letter answers must be 500 characters or fewer")
    private String citation;

    private boolean nameWithheld;

    @AssertTrue(message = "Tick the box to say you agree to how we use your details")
    private boolean consent;

    /** The honeypot: hidden from people, irresistible to robots. */
    private String website;

    private String formToken;

    /** The token of a right-of-reply invitation, when the writer came from one. */
    private String invitation;

    private Linking.InvitationView invited;

    /** Why the invitation the writer came with cannot be used (expired, used, unknown). */
    private String invitationRefused;

    private String pieceQuery;
    private final Set<String> repliesTo = new LinkedHashSet<>();
    private List<PieceSummary> pieceChoices;

    /** The send failed because the database was away: the form comes back without asking it again. */
    private boolean databaseAway;

    @Inject
    private Submissions submissions;

    @Inject
    private PieceSearch pieceSearch;

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

    /** The picker's query and choices are plain request parameters, so "Find" keeps them without validating the rest. */
    @PostConstruct
    void readPicker() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        pieceQuery = external.getRequestParameterMap().get("pieceQuery");
        String[] chosen = external.getRequestParameterValuesMap().get("replyTo");
        if (chosen != null) {
            Arrays.stream(chosen).limit(10).map(String::strip).forEach(repliesTo::add);
        }
        invitation = external.getRequestParameterMap().get("invitation");
        invited = invitation == null || invitation.isBlank()
                ? null
                : linking.invitationView(invitation).orElse(null);
        if (invited == null) {
            invitationRefused = invitation == null || invitation.isBlank()
                    ? null
                    : linking.invitationRefusal(invitation).orElse(null);
            invitation = null;
        } else if (!FacesContext.getCurrentInstance().isPostback()) {
            name = invited.inviteeName();
            email = invited.inviteeEmail();
        }
    }

    /** "Find": show the pieces that match, keep everything typed so far. */
    public void findPieces() {
        pieceChoices = null;
    }

    public void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            store(faces);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            // The database is away. The letter must not be lost with it: the form comes back
            // with everything typed and the same form token, so that sending it again later
            // stores the letter once, even if this attempt did reach the database after all.
            databaseAway = true;
            HttpServletResponse response =
                    (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            error(faces, COULD_NOT_SAVE);
        }
    }

    private void store(FacesContext faces) throws IOException {
        Instant now = clock.instant();
        Optional<FormToken.Verified> token = FormToken.verify(secrets.key(TOKEN_KEY), formToken, now, TOKEN_LIFE);
        if (token.isEmpty()) {
            formToken = null;
            error(faces, "This form was open too long for us to accept it. Check your letter and send it again.");
            return;
        }
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Sender sender = new Sender(
                token.get().nonce(),
                ClientAddress.of(request, config),
                website != null && !website.isBlank(),
                token.get().age(now));
        LetterDraft draft = new LetterDraft(
                name,
                town == null ? "" : town,
                email,
                contactDetails,
                subject,
                body,
                nameWithheld,
                new ArrayList<>(repliesTo),
                citation,
                invitation);
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(draft, sender);
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
            redirectToSent(faces, accepted.letter(), false);
        } else if (outcome instanceof SubmissionOutcome.AlreadyReceived received) {
            redirectToSent(faces, received.letter(), true);
        } else if (outcome instanceof SubmissionOutcome.Refused refused) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
            error(faces, refused.reason());
        }
    }

    /** To the page after sending, with the signature that shows the letter's details there to its writer only. */
    private void redirectToSent(FacesContext faces, Letter letter, boolean again) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sent?ref="
                + URLEncoder.encode(letter.reference(), StandardCharsets.UTF_8)
                + "&sig=" + SentReceipt.sign(secrets.key(SentReceipt.KEY), letter.reference())
                + (again ? "&again=true" : ""));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
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

    /** The pieces the picker offers: those already chosen, then those matching the query. */
    public List<PieceSummary> getPieceChoices() {
        if (pieceChoices == null && !databaseAway) {
            try {
                List<PieceSummary> choices = new ArrayList<>(pieceSearch.byReferences(repliesTo));
                for (PieceSummary found : pieceSearch.search(pieceQuery, 10)) {
                    if (choices.stream().noneMatch(c -> c.reference().equals(found.reference()))) {
                        choices.add(found);
                    }
                }
                pieceChoices = choices;
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // "Find" while the database is away: the page still comes back with what was
                // typed, and says that the search could not be made.
                databaseAway = true;
            }
        }
        if (pieceChoices == null) {
            // The pieces chosen stay chosen, by their references, until the database is back.
            pieceChoices = repliesTo.stream().map(PieceSummary::unresolved).toList();
        }
        return pieceChoices;
    }

    /** The database could not be reached for this request (the page says so where it matters). */
    public boolean isDatabaseAway() {
        return databaseAway;
    }

    public boolean isChosen(String reference) {
        return repliesTo.contains(reference);
    }

    public boolean isSearched() {
        return pieceQuery != null && !pieceQuery.isBlank();
    }

    /** Typed, but too short to search for (the picker finds nothing under three characters). */
    public boolean isPieceQueryTooShort() {
        String typed = LetterText.normaliseLine(pieceQuery);
        return !typed.isEmpty() && PieceSearch.tooShort(typed);
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

    public String getPieceQuery() {
        return pieceQuery;
    }

    public int getWordLimit() {
        return settings.wordLimit();
    }

    /** Without JavaScript, the count appears when the form comes back. */
    public String getWordCountNote() {
        String typed = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("body");
        if (typed == null || typed.isBlank()) {
            return "";
        }
        int words = LetterText.countWords(typed);
        int limit = settings.wordLimit();
        return "Your letter has " + words + (words == 1 ? " word" : " words")
                + (words > limit ? ", " + (words - limit) + " over our limit of " + limit + "." : ".");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(String contactDetails) {
        this.contactDetails = contactDetails;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public boolean isNameWithheld() {
        return nameWithheld;
    }

    public void setNameWithheld(boolean nameWithheld) {
        this.nameWithheld = nameWithheld;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
