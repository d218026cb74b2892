package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.postbag.accounts.AccountAdministration;
import org.postbag.infrastructure.DomainException;

/**
 * /welcome/&lt;token&gt;: where an invited editor (or one who was sent a new-password link)
 * chooses a password. The token in the link is the only key, and it works once.
 */
@Named
@RequestScoped
public class Welcome {

    @Inject
    @Param(pathIndex = 0)
    private String token;

    @Inject
    private AccountAdministration administration;

    @NotBlank(message = "Choose a password")
    @Size(max = 200, message = "Choose a password of 200 characters or fewer")
    private String password;

    @NotBlank(message = "Type the password again")
    @Size(max = 200, message = "Type the password again")
    private String repeat;

    /** Who the link is for, or null when it is spent, expired or unknown. */
    private String name;

    private String email;

    @PostConstruct
    void load() {
        administration.invited(token).ifPresent(account -> {
            name = account.displayName();
            email = account.email();
        });
    }

    public void choose() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!password.equals(repeat)) {
            error(faces, "repeat", "The two passwords are not the same. Type them again.");
            return;
        }
        try {
            administration.acceptInvitation(token, password);
        } catch (DomainException refused) {
            error(faces, "password", refused.getMessage());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in?welcome");
    }

    private void error(FacesContext faces, String field, String text) {
        password = null;
        repeat = null;
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public boolean isValid() {
        return name != null;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
