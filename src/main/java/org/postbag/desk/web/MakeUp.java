package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.MakeUpView;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Publishing;

/**
 * /editor/issue/120: making up an issue's letters page. The approved letters waiting for a
 * page, grouped by the debate they belong to; the page itself, in order, with its words
 * against the budget; and publishing it, now or at a set time.
 */
@Named("makeUp")
@ViewScoped
@PageAction
public class MakeUp implements Serializable, PageAction.LostRace {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(pathIndex = 0)
    private String number;

    @Inject
    private transient MakeUpView reader;

    @Inject
    private transient PageMakeUp makeUp;

    @Inject
    private transient Publishing publishing;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Config config;

    private MakeUpView.View view;
    private Integer budget;
    private LocalDateTime publishAt;
    private final Map<String, String> headlines = new HashMap<>();

    @PostConstruct
    void load() {
        try {
            view = reader.read(Integer.parseInt(number)).orElse(null);
        } catch (NumberFormatException | NullPointerException notANumber) {
            view = null;
        }
        if (view == null) {
            ((HttpServletResponse) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else {
            budget = view.budget();
            view.page().forEach(row -> headlines.put(row.reference(), row.headline()));
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private void act(Action action, String done) throws Exception {
        action.run();
        PageActionBoundary.done(done, "/editor/issue/" + view.number());
    }

    @Override
    public String lostRaceMessage() {
        return "Someone else changed this page at the same time. Reload it.";
    }

    public void add(String reference) throws Exception {
        act(() -> makeUp.addToPage(view.number(), reference, me.require().id()), reference + " is on the page.");
    }

    public void remove(String reference) throws Exception {
        act(() -> makeUp.removeFromPage(view.number(), reference, me.require().id()), reference + " is off the page.");
    }

    public void up(String reference) throws Exception {
        act(() -> makeUp.move(view.number(), reference, -1), reference + " moved up.");
    }

    public void down(String reference) throws Exception {
        act(() -> makeUp.move(view.number(), reference, 1), reference + " moved down.");
    }

    public void saveHeadline(String reference) throws Exception {
        act(
                () -> makeUp.setHeadline(view.number(), reference, me.require().id(), headlines.get(reference)),
                "Headline of " + reference + " saved.");
    }

    public void saveBudget() throws Exception {
        act(() -> makeUp.setBudget(view.number(), budget), "Page budget saved.");
    }

    public void publishNow() throws Exception {
        act(
                () -> publishing.publishPage(view.number(), me.require().id()),
                "The letters page of no. " + view.number() + " is published.");
    }

    public void schedule() throws Exception {
        if (publishAt == null) {
            message(FacesMessage.SEVERITY_ERROR, "Enter the date and time to publish at.");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ZoneId zone = ZoneId.of(config.string("POSTBAG_TIME_ZONE", "Europe/London"));
        act(
                () -> makeUp.schedule(view.number(), publishAt.atZone(zone).toInstant()),
                "The page will be published at " + publishAt.toString().replace('T', ' ') + ".");
    }

    public void unschedule() throws Exception {
        act(() -> makeUp.schedule(view.number(), null), "No longer scheduled.");
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    public MakeUpView.View getView() {
        return view;
    }

    public Integer getBudget() {
        return budget;
    }

    public void setBudget(Integer budget) {
        this.budget = budget;
    }

    /** The headline field of each letter on the page, by reference. */
    public Map<String, String> getHeadlines() {
        return headlines;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public List<MakeUpView.Row> getPage() {
        return view.page();
    }
}
