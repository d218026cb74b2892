package org.postbag.intake.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.intake.PostalLetters;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.Provenance;

/**
 * /editor/post: an editor types in a letter that came by post, with the writer's address, a
 * scan of the paper and who verified the writer. It goes straight into the queue.
 */
@Named
@ViewScoped
@PageAction
public class EnterPost implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PostalLetters postalLetters;

    @Inject
    private transient CurrentAccount me;

    @NotBlank(message = "{post.name.required}")
    @Size(max = Author.MAX_NAME, message = "{post.name.size}")
    private String name;

    @Size(max = Author.MAX_TOWN, message = "{post.town.size}")
    private String town;

    @Email(message = "{post.email.format}")
    @Size(max = 254, message = "{post.email.size}")
    private String email;

    @NotBlank(message = "{post.address.required}")
    @Size(max = Provenance.MAX_CONTACT_DETAILS, message = "{post.address.size}")
    private String address;

    @Size(max = 200, message = "{post.subject.size}")
    private String subject;

    @NotBlank(message = "{post.body.required}")
    @Size(max = Letter.MAX_BODY, message = "{post.body.size}")
    private String body;

    private boolean nameWithheld;

    @NotBlank(message = "{post.verifiedBy.required}")
    @Size(max = 300, message = "{post.verifiedBy.size}")
    private String verifiedBy;

    private transient Part scan;

    public void enter() throws IOException {
        Letter letter = postalLetters.enter(
                new PostalLetters.PostalLetter(name, town, email, address, subject, body, nameWithheld, verifiedBy),
                scan(),
                me.require());
        PageActionBoundary.done(
                Words.of(FacesContext.getCurrentInstance(), "post.done", letter.reference()),
                "/editor/letters/" + letter.reference());
    }

    private PostalLetters.Scan scan() throws IOException {
        if (scan == null || scan.getSize() == 0) {
            return null;
        }
        if (scan.getSize() > PostalLetters.MAX_SCAN_BYTES) {
            throw DomainException.of("post.scan.tooLarge", PostalLetters.MAX_SCAN_BYTES / 1024);
        }
        try (InputStream in = scan.getInputStream()) {
            return new PostalLetters.Scan(scan.getSubmittedFileName(), in.readNBytes(PostalLetters.MAX_SCAN_BYTES + 1));
        }
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
        this.email = email == null || email.isBlank() ? null : email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public boolean isNameWithheld() {
        return nameWithheld;
    }

    public void setNameWithheld(boolean nameWithheld) {
        this.nameWithheld = nameWithheld;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    public Part getScan() {
        return scan;
    }

    public void setScan(Part scan) {
        this.scan = scan;
    }

    public int getMaxScanKb() {
        return PostalLetters.MAX_SCAN_BYTES / 1024;
    }
}
