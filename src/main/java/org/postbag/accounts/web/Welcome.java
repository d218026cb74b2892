package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.AccountAdministration;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * /welcome/&lt;token&gt;: where an invited editor (or one who was sent a new-password link)
 * chooses a password. The token in the link is the only key, and it works once.
 */
@Named
@RequestScoped
@PageAction
public class Welcome implements PageAction.Refused {

    @Inject
    @Param(pathIndex = 0)
    private String token;

    @Inject
    private AccountAdministration administration;

    @NotBlank(message = "{welcome.password.required}")
    @Size(max = 200, message = "{welcome.password.size}")
    private String password;

    @NotBlank(message = "{welcome.repeat.required}")
    @Size(max = 200, message = "{welcome.repeat.required}")
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

    @PageAction(refusalFor = "password")
    public void choose() {
        if (!password.equals(repeat)) {
            PageActionBoundary.refuse(
                    "repeat", Words.of(FacesContext.getCurrentInstance(), "welcome.refused.different"));
            refused();
            return;
        }
        administration.acceptInvitation(token, password);
        Faces.redirect("sign-in?welcome");
    }

    /** A password that was not taken is not shown again. */
    @Override
    public void refused() {
        password = null;
        repeat = null;
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
