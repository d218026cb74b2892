package org.postbag.submission.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.Provenance;
import org.postbag.submission.LetterDraft;

/**
 * What a reader types into the "Write to us" form, field by field, with the rules each field
 * must meet (Faces checks them against this object and says what is wrong next to the field).
 * What passed becomes a {@link LetterDraft}, with the pieces chosen in the picker.
 */
public class LetterForm {

    @NotBlank(message = "{letterForm.name.required}")
    @Size(max = Author.MAX_NAME, message = "{letterForm.name.size}")
    private String name;

    @Size(max = Author.MAX_TOWN, message = "{letterForm.town.size}")
    private String town;

    @NotBlank(message = "{letterForm.email.required}")
    @Size(max = 254, message = "{letterForm.email.size}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{letterForm.email.format}")
    private String email;

    @Size(max = Provenance.MAX_CONTACT_DETAILS, message = "{letterForm.contactDetails.size}")
    private String contactDetails;

    @Size(max = 200, message = "{letterForm.subject.size}")
    private String subject;

    @NotBlank(message = "{letterForm.body.required}")
    @Size(max = Letter.MAX_BODY, message = "{letterForm.body.size}")
    private String body;

    @Size(max = Provenance.MAX_CITATION, message = "{letterForm.citation.size}")
    private String citation;

    private boolean nameWithheld;

    @AssertTrue(message = "{letterForm.consent.required}")
    private boolean consent;

    /** The honeypot: hidden from people, irresistible to robots. */
    private String website;

    /** An invited writer finds their name and address already filled in. */
    void invitee(String name, String email) {
        this.name = name;
        this.email = email;
    }

    boolean filledTheTrap() {
        return website != null && !website.isBlank();
    }

    LetterDraft draft(List<String> repliesTo, String invitation) {
        return new LetterDraft(
                name,
                town == null ? "" : town,
                email,
                contactDetails,
                subject,
                body,
                nameWithheld,
                repliesTo,
                citation,
                invitation);
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
