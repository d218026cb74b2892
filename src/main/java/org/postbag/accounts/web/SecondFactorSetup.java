package org.postbag.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.postbag.accounts.Account;
import org.postbag.accounts.CurrentAccount;
import org.postbag.accounts.SecondFactors;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;

/**
 * The second factor on one's own account page: set it up (QR code, then a code from the app
 * to confirm), new recovery codes, or turn it off. Each change ends the account's other
 * sessions, and keeps this one. New recovery codes are shown once, on the page the change
 * redirects to, and then never again.
 */
@Named
@ViewScoped
@PageAction
public class SecondFactorSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private CurrentAccount me;

    @Inject
    private Clock clock;

    private byte[] secret;
    private String qrCode;
    private String key;
    private String code;
    private List<String> freshCodes = List.of();

    @PostConstruct
    void takeFreshCodes() {
        HttpSession session = session();
        Object fresh = session == null ? null : session.getAttribute(SignInCode.FRESH_RECOVERY_CODES);
        if (fresh instanceof List<?> codes) {
            freshCodes = codes.stream().map(String::valueOf).toList();
            session.removeAttribute(SignInCode.FRESH_RECOVERY_CODES);
        }
    }

    public void start() {
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(me.require());
        secret = enrolment.secret();
        key = enrolment.key();
        qrCode = QrCodes.svg(
                enrolment.keyUri(), Words.of(FacesContext.getCurrentInstance(), "account.secondFactor.qrCode"));
    }

    public void confirm() throws IOException {
        if (secret == null) {
            return;
        }
        SecondFactors.Change change = secondFactors.enrol(me.require().id(), secret, code);
        secret = null;
        done(change, "account.secondFactor.done.on");
    }

    public void newRecoveryCodes() throws IOException {
        done(secondFactors.newRecoveryCodes(me.require().id(), code), "account.secondFactor.done.newCodes");
    }

    public void turnOff() throws IOException {
        done(secondFactors.turnOff(me.require().id(), code), "account.secondFactor.done.off");
    }

    /** This session goes on after the change; every other session of the account ends. */
    private void done(SecondFactors.Change change, String key) throws IOException {
        code = null;
        HttpSession session = session();
        if (session != null) {
            // After the change has committed: the database keeps the change's time rounded to the
            // microsecond, which may round it past the instant itself.
            DeskSessions.signedIn(session, clock.instant());
            if (!change.recoveryCodes().isEmpty()) {
                session.setAttribute(SignInCode.FRESH_RECOVERY_CODES, List.copyOf(change.recoveryCodes()));
            }
        }
        PageActionBoundary.done(Words.of(FacesContext.getCurrentInstance(), key), "/account");
    }

    private static HttpSession session() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false);
    }

    public Account getAccount() {
        return me.require();
    }

    public boolean isRequired() {
        return secondFactors.requiredForAll();
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getKey() {
        return key;
    }

    public List<String> getFreshCodes() {
        return freshCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
