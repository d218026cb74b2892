package org.postbag.submission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;

/**
 * The "Write to us" form. Request scoped on a stateless view: the page creates no session,
 * and what the reader typed comes back with every error.
 */
@Named
@RequestScoped
public class WriteLetter {

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

    @Size(max = 200, message = "The subject must be 200 characters or fewer")
    private String subject;

    @NotBlank(message = "Enter your letter")
    @Size(max = Letter.MAX_BODY, message = "Your letter must be 20,000 characters or fewer")
    private String body;

    private boolean nameWithheld;

    @Inject
    private Submissions submissions;

    public void send() throws IOException {
        Letter letter = submissions.submit(new LetterDraft(name, town, email, subject, body, nameWithheld));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sent?ref="
                + URLEncoder.encode(letter.reference(), StandardCharsets.UTF_8));
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
}
