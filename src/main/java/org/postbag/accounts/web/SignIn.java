package org.postbag.accounts.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.SignInGuard;
import org.postbag.accounts.SignInProgress;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.web.ClientAddress;
import org.postbag.infrastructure.web.FormToken;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Sessions;
import org.postbag.infrastructure.web.Words;

/**
 * The sign-in form. One message for every failure, so that it never tells whether an account
 * exists, is locked, or the password was wrong. The page is stateless: no session exists until
 * someone has signed in, and then it is a new one, whatever the browser held before. A signed
 * token in the form, instead of a view state, shows that the form was served by this site.
 * When the account has a second factor, the password only opens the second step ({@link SignInCode}).
 */
@Named
@RequestScoped
public class SignIn {

    /** The refusal of a wrong address or password, in English (tests compare with it). */
    public static final String FAILED = Words.in(Locale.ENGLISH, "signIn.refused.failed");

    static final String EXPIRED = "signIn.refused.expired";

    static final String FULL = "signIn.refused.full";

    static final String TOKEN_KEY = "sign-in-token";
    private static final Duration TOKEN_LIFE = Duration.ofHours(12);

    @NotBlank(message = "{signIn.email.required}")
    @Size(max = 320, message = "{signIn.email.required}")
    private String email;

    @NotBlank(message = "{signIn.password.required}")
    @Size(max = 200, message = "{signIn.password.required}")
    private String password;

    /** The desk page to return to, from the address that sent the visitor here. */
    private String next;

    private String token;

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    @Inject
    private Config config;

    @Inject
    private Secrets secrets;

    @Inject
    private Clock clock;

    @Inject
    @Param(name = "next")
    private String nextParameter;

    @Inject
    private SignInProgress progress;

    @Inject
    private SignInCode signInCode;

    @PostConstruct
    void readNext() {
        next = DeskAuthentication.returnable(nextParameter).orElse(null);
    }

    public void signIn() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            if (FormToken.verify(secrets.key(TOKEN_KEY), token, clock.instant(), TOKEN_LIFE)
                    .isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), EXPIRED));
                return;
            }
            String address = ClientAddress.of(request, config);
            if (guard.isThrottled(address)) {
                guard.record(address, false);
                response.setStatus(429);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "signIn.refused.failed"));
                return;
            }
            if (!Sessions.roomForAnother(config.integer("POSTBAG_MAX_SESSIONS", 2000))) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), FULL));
                return;
            }
            endEarlierSession(request);
            AuthenticationStatus status = security.authenticate(
                    request, response, withParams().credential(new UsernamePasswordCredential(email, password)));
            // The password passed, and a second step is due: no session yet, the token carries it.
            boolean secondStep = status != AuthenticationStatus.SUCCESS && progress.pendingToken() != null;
            guard.record(address, status == AuthenticationStatus.SUCCESS || secondStep);
            if (status == AuthenticationStatus.SUCCESS) {
                startSession(request, clock);
                Faces.redirect((next == null ? "/editor/queue" : next).substring(1));
            } else if (secondStep) {
                signInCode.begin(progress.pendingToken(), progress.pendingStep());
            } else if (status == AuthenticationStatus.SEND_CONTINUE) {
                faces.responseComplete();
            } else {
                // Every password check was taken (Passwords.Cap): answered like a throttled try.
                if (guard.wasTurnedAway()) {
                    response.setStatus(429);
                }
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "signIn.refused.failed"));
            }
        } finally {
            password = null;
        }
    }

    /**
     * Whatever session the browser brought (another person's, or one planted by someone else)
     * ends here: signing in always makes a new one, with a new id.
     */
    static void endEarlierSession(HttpServletRequest request) throws ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
    }

    /** The session of someone who has just signed in. */
    static HttpSession startSession(HttpServletRequest request, Clock clock) {
        HttpSession session = request.getSession(true);
        Sessions.signedIn(session);
        DeskSessions.signedIn(session, clock.instant());
        return session;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = DeskAuthentication.returnable(next).orElse(null);
    }

    /** A fresh token for the form being rendered (also after a failed try). */
    public String getToken() {
        return FormToken.issue(secrets.key(TOKEN_KEY), clock.instant());
    }

    public void setToken(String token) {
        this.token = token;
    }
}
