package org.postbag.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.intake.Digests;
import org.postbag.intake.EditorAlert;

/** /editor/account, reached from "Your account": what an editor hears about their postbag. */
@Named
@ViewScoped
@PageAction
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

    public void save() {
        digests.choose(me.require().id(), dailyDigest, eachNewLetter);
        PageActionBoundary.done(Words.of(FacesContext.getCurrentInstance(), "alerts.saved"), "/editor/account");
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
