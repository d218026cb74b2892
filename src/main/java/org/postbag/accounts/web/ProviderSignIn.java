package org.postbag.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.postbag.accounts.Role;
import org.postbag.accounts.SingleSignOn;
import org.postbag.accounts.SingleSignOnSettings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.Sessions;

/**
 * The two addresses of the OpenID flow, handed by {@link DeskAuthentication} to Jakarta
 * Security's own OpenID Connect mechanism (Jakarta Security 3.0 lets an application have one
 * mechanism, so ours stays the one and calls that one for these addresses). The mechanism does
 * the protocol and checks the tokens; what its answer means here is decided in between: the
 * verified email and the groups go to {@link SingleSignOn}, and the session holds the account's
 * roles, not the provider's group names. Whatever goes wrong (a refused person, a token that
 * fails a check, a replayed or unknown state, a provider that cannot be reached) ends on the
 * sign-in page with a message, never on an error page.
 */
@ApplicationScoped
public class ProviderSignIn {

    static final String START = "/oidc/sign-in";
    static final String CALLBACK = "/oidc/callback";

    private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

    @Inject
    private BeanManager beans;

    @Inject
    private SingleSignOnSettings settings;

    @Inject
    private SingleSignOn singleSignOn;

    @Inject
    private Instance<OpenIdContext> openId;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private volatile HttpAuthenticationMechanism openIdMechanism;

    /** Whether this is an address of the flow, and single sign-on is on. */
    boolean handles(String path) {
        return (path.equals(START) || path.equals(CALLBACK)) && settings.enabled();
    }

    AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("Cache-Control", "no-store");
        if (!request.getMethod().equals("GET")) {
            return context.doNothing();
        }
        boolean start = request.getRequestURI()
                .substring(request.getContextPath().length())
                .equals(START);
        Outcome outcome = new Outcome(context, start);
        try {
            if (start && !Sessions.roomForAnother(config.integer("POSTBAG_MAX_SESSIONS", 2000))) {
                return refuse(request, context, "full");
            }
            AuthenticationStatus status = mechanism().validateRequest(request, response, outcome);
            if (start) {
                return status;
            }
            if (outcome.refusal != null) {
                return refuse(request, context, outcome.refusal.code());
            }
            if (status != AuthenticationStatus.SUCCESS || !outcome.signedIn) {
                return refuse(request, context, "failed");
            }
            HttpSession session = request.getSession(true);
            // A new id for the signed-in session: the one from before sign-in may be known to others.
            request.changeSessionId();
            Sessions.signedIn(session);
            DeskSessions.signedIn(session, clock.instant());
            return status;
        } catch (RuntimeException | AuthenticationException failure) {
            // A token that failed a check, or a provider that did not answer: logged without the token.
            LOG.log(Level.WARNING, "Sign-in through the OpenID provider refused: {0}", String.valueOf(failure));
            return refuse(request, context, "failed");
        }
    }

    /** No session is kept for someone refused: it holds the provider's tokens. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, String why) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return context.redirect(request.getContextPath() + "/sign-in?refused=" + why);
    }

    /** Jakarta Security's OpenID mechanism: the one registered beside ours. */
    private HttpAuthenticationMechanism mechanism() {
        HttpAuthenticationMechanism mechanism = openIdMechanism;
        if (mechanism == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(b -> !b.getTypes().contains(DeskAuthentication.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no OpenID Connect mechanism is registered"));
            mechanism = (HttpAuthenticationMechanism)
                    beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            openIdMechanism = mechanism;
        }
        return mechanism;
    }

    /**
     * The mechanism's context, as the mechanism sees it: the start address counts as protected
     * (so that it sends the visitor to the provider), and its word to the container about who
     * signed in goes through {@link SingleSignOn} first.
     */
    private final class Outcome extends HttpMessageContextWrapper {

        private final boolean start;
        private SingleSignOn.Refusal refusal;
        private boolean signedIn;

        Outcome(HttpMessageContext context, boolean start) {
            super(context);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            return start || super.isProtected();
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // The provider's name and groups are not the session's: see notifyContainerAboutLogin.
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return super.notifyContainerAboutLogin(result);
            }
            SingleSignOn.Result signIn =
                    singleSignOn.signIn(openId.get().getIdentityToken().getClaims());
            if (signIn.refusal() != null) {
                refusal = signIn.refusal();
                return AuthenticationStatus.SEND_FAILURE;
            }
            Set<String> roles =
                    signIn.account().roles().stream().map(Role::roleName).collect(Collectors.toSet());
            super.setRegisterSession(signIn.account().email(), roles);
            signedIn = true;
            return super.notifyContainerAboutLogin(signIn.account().email(), roles);
        }
    }
}
