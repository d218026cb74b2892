package org.postbag.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.postbag.accounts.CurrentAccount;
import org.postbag.intake.Digests;
import org.postbag.intake.EditorAlert;

/** The editor's account page, /editor/account: what they hear about their postbag. */
@Named
@ViewScoped
public class MyAlerts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Digests digests;

    @Inject
    private transient CurrentAccount me;

    private boolean dailyDigest;
    private boolean eachNewLetter;
    private int digestHour;

    @PostConstruct
    void open() {
        EditorAlert alert = digests.choicesOf(me.require().id());
        dailyDigest = alert.dailyDigest();
        eachNewLetter = alert.eachNewLetter();
        digestHour = digests.schedule().hour();
    }

    public void save() throws IOException {
        digests.choose(me.require().id(), dailyDigest, eachNewLetter);
        FacesContext faces = FacesContext.getCurrentInstance();
        String done = "Your choices are saved.";
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/editor/account");
    }

    public String getName() {
        return me.getName();
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public boolean isEachNewLetter() {
        return eachNewLetter;
    }

    public void setEachNewLetter(boolean eachNewLetter) {
        this.eachNewLetter = eachNewLetter;
    }

    public String getDigestTime() {
        return String.format("%02d:00", digestHour);
    }
}
