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
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.postbag.accounts.PendingSignIn;
import org.postbag.accounts.SecondFactors;
import org.postbag.accounts.SecondStepCredential;
import org.postbag.accounts.SignInGuard;
import org.postbag.accounts.SignInProgress;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.ClientAddress;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Sessions;
import org.postbag.infrastructure.web.Words;

/**
 * The second step of signing in, after the password passed: the code from the authenticator
 * app (or a recovery code), or, where an admin requires a second factor and the account has
 * none, setting one up. As stateless as the first step: the sealed token in the form says that
 * the password passed, and for whom; throttling and lock-out count codes as they count passwords.
 */
@Named
@RequestScoped
public class SignInCode {

    static final String WRONG = "signIn.refused.wrongCode";

    static final String EXPIRED = "signIn.refused.tooLong";

    /** Where the recovery codes made while signing in wait for the account page to show them once. */
    static final String FRESH_RECOVERY_CODES = "org.postbag.freshRecoveryCodes";

    @NotBlank(message = "{signIn.code.required}")
    @Size(max = 40, message = "{signIn.code.required}")
    private String code;

    private String token;

    private PendingSignIn.Step step;

    private SecondFactors.Enrolment enrolment;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    @Inject
    private SignInProgress progress;

    @Inject
    private SignIn signIn;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    /** On the post of the second step the token is there before the form is decoded. */
    @PostConstruct
    void readToken() {
        String posted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("pendingToken");
        if (posted != null) {
            begin(posted, secondFactors.pending(posted).map(PendingSignIn::step).orElse(null));
        }
    }

    /** The password passed: the page shows the second step. */
    void begin(String pendingToken, PendingSignIn.Step pendingStep) {
        this.token = pendingToken;
        this.step = pendingStep;
        this.enrolment = null;
    }

    public void confirm() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            if (step == null) {
                // Too old, or not ours: back to the password.
                token = null;
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), EXPIRED));
                return;
            }
            String address = ClientAddress.of(request, config);
            if (guard.isThrottled(address)) {
                guard.record(address, false);
                response.setStatus(429);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), WRONG));
                return;
            }
            if (!Sessions.roomForAnother(config.integer("POSTBAG_MAX_SESSIONS", 2000))) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), SignIn.FULL));
                return;
            }
            SignIn.endEarlierSession(request);
            AuthenticationStatus status = security.authenticate(
                    request, response, withParams().credential(new SecondStepCredential(token, code)));
            guard.record(address, status == AuthenticationStatus.SUCCESS);
            if (status != AuthenticationStatus.SUCCESS) {
                PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), WRONG));
                return;
            }
            HttpSession session = SignIn.startSession(request, clock);
            List<String> fresh = progress.freshRecoveryCodes();
            if (!fresh.isEmpty()) {
                session.setAttribute(FRESH_RECOVERY_CODES, List.copyOf(fresh));
                external.redirect(external.getRequestContextPath() + "/account");
            } else {
                String next = signIn.getNext();
                external.redirect(external.getRequestContextPath() + (next == null ? "/editor/queue" : next));
            }
        } finally {
            code = null;
        }
    }

    /** Whether the page shows the second step instead of the password. */
    public boolean isActive() {
        return token != null;
    }

    public boolean isEnrolling() {
        return step == PendingSignIn.Step.ENROL;
    }

    private Optional<SecondFactors.Enrolment> enrolment() {
        if (enrolment == null && isEnrolling()) {
            enrolment = secondFactors.pendingEnrolment(token).orElse(null);
        }
        return Optional.ofNullable(enrolment);
    }

    /** The QR code of the secret being set up, as inline SVG. */
    public String getQrCode() {
        return enrolment()
                .map(e -> QrCodes.svg(
                        e.keyUri(), Words.of(FacesContext.getCurrentInstance(), "account.secondFactor.qrCode")))
                .orElse("");
    }

    /** The same secret, to type into the app by hand. */
    public String getKey() {
        return enrolment().map(SecondFactors.Enrolment::key).orElse("");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        // Read already from the request (readToken), before any field was decoded.
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
