package org.postbag.accounts;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.ClientAddress;

/**
 * The sign-in form. One message for every failure, so that it never tells whether an account
 * exists, is locked, or the password was wrong.
 */
@Named
@RequestScoped
public class SignIn {

    static final String FAILED = "That email address and password did not let you in. Check them and try again."
            + " After several wrong tries an account is locked for a while; an admin can help.";

    @NotBlank(message = "Enter your email address")
    @Size(max = 320, message = "Enter your email address")
    private String email;

    @NotBlank(message = "Enter your password")
    @Size(max = 200, message = "Enter your password")
    private String password;

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    @Inject
    private Config config;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address =
                ClientAddress.of(request, ClientAddress.parseTrusted(config.string("POSTBAG_TRUSTED_PROXIES", "")));
        if (guard.isThrottled(address)) {
            guard.record(address, false);
            response.setStatus(429);
            fail(faces);
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request, response, withParams().credential(new UsernamePasswordCredential(email, password)));
        guard.record(address, status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE);
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // A new session id after signing in, so that one planted before cannot ride along.
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + "/editor/queue");
            }
            default -> {
                if (guard.wasTurnedAway()) {
                    response.setStatus(429);
                }
                fail(faces);
            }
        }
        password = null;
    }

    private static void fail(FacesContext faces) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, FAILED));
        faces.validationFailed();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
