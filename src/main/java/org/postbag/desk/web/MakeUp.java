package org.postbag.desk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.postbag.accounts.CurrentAccount;
import org.postbag.desk.MakeUpView;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Publishing;

/**
 * /editor/issue/120: making up an issue's letters page. The approved letters waiting for a
 * page, grouped by the debate they belong to; the page itself, in order, with its words
 * against the budget (asked once more when over it); publishing it, now or at a set time; and,
 * within a day of publishing, taking it down with a reason readers read.
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
    private transient Dates dates;

    private MakeUpView.View view;
    private Integer budget;
    private LocalDateTime publishAt;
    private boolean confirmingOverBudget;
    private boolean confirmingOverBudgetSchedule;
    private String takeDownReason;
    private final Map<String, String> headlines = new HashMap<>();

    @PostConstruct
    void load() {
        try {
            view = reader.read(Integer.parseInt(number), me.require().id()).orElse(null);
        } catch (NumberFormatException | NullPointerException notANumber) {
            view = null;
        }
        if (view == null) {
            Faces.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else {
            budget = view.budget();
            view.page().forEach(row -> headlines.put(row.reference(), row.headline()));
        }
    }

    private void act(Runnable action, String done) {
        action.run();
        PageActionBoundary.done(done, "/editor/issue/" + view.number());
    }

    private static String say(String key, Object... values) {
        return Words.of(FacesContext.getCurrentInstance(), key, values);
    }

    @Override
    public String lostRaceMessage() {
        return say("makeup.lostRace");
    }

    public void add(String reference) {
        act(() -> makeUp.addToPage(view.number(), reference, me.require().id()), say("makeup.added", reference));
    }

    public void remove(String reference) {
        act(() -> makeUp.removeFromPage(view.number(), reference, me.require().id()), say("makeup.removed", reference));
    }

    public void up(String reference) {
        act(() -> makeUp.move(view.number(), reference, -1, me.require().id()), say("makeup.movedUp", reference));
    }

    public void down(String reference) {
        act(() -> makeUp.move(view.number(), reference, 1, me.require().id()), say("makeup.movedDown", reference));
    }

    public void saveHeadline(String reference) {
        act(
                () -> makeUp.setHeadline(view.number(), reference, me.require().id(), headlines.get(reference)),
                say("makeup.headlineSaved", reference));
    }

    public void saveBudget() {
        act(() -> makeUp.setBudget(view.number(), budget), say("makeup.budgetSaved"));
    }

    /** Over its budget, the page asks once more before it goes out (see {@link #publishAnyway}). */
    public void publishNow() {
        if (view.isOverBudget()) {
            confirmingOverBudget = true;
            return;
        }
        publish(false);
    }

    public void publishAnyway() {
        publish(true);
    }

    public void notYet() {
        confirmingOverBudget = false;
    }

    private void publish(boolean overBudgetAccepted) {
        act(
                () -> publishing.publishPage(view.number(), me.require().id(), overBudgetAccepted),
                say("makeup.publishedNow", view.number()));
    }

    @PageAction(refusalFor = "takeDownReason")
    public void takeDown() {
        act(
                () -> publishing.takeDownPage(view.number(), me.require().id(), takeDownReason),
                say("makeup.takenDownNow", view.number()));
    }

    public int getTakeDownHours() {
        return publishing.takeDownHours();
    }

    public boolean isConfirmingOverBudget() {
        return confirmingOverBudget;
    }

    public String getTakeDownReason() {
        return takeDownReason;
    }

    public void setTakeDownReason(String takeDownReason) {
        this.takeDownReason = takeDownReason;
    }

    /** Over its budget, the page asks once more before it is scheduled, as {@link #publishNow} does. */
    public void schedule() {
        if (publishAt == null) {
            PageActionBoundary.refuse(say("makeup.publishAt.required"));
            return;
        }
        if (view.isOverBudget()) {
            confirmingOverBudgetSchedule = true;
            return;
        }
        schedule(false);
    }

    public void scheduleAnyway() {
        if (publishAt == null) {
            confirmingOverBudgetSchedule = false;
            PageActionBoundary.refuse(say("makeup.publishAt.required"));
            return;
        }
        schedule(true);
    }

    public void notYetScheduled() {
        confirmingOverBudgetSchedule = false;
    }

    private void schedule(boolean overBudgetAccepted) {
        act(
                () -> makeUp.schedule(
                        view.number(),
                        publishAt.atZone(dates.zone()).toInstant(),
                        me.require().id(),
                        overBudgetAccepted),
                say(
                        "makeup.scheduledNow",
                        dates.format(publishAt.atZone(dates.zone()).toInstant())));
    }

    public boolean isConfirmingOverBudgetSchedule() {
        return confirmingOverBudgetSchedule;
    }

    public void unschedule() {
        act(() -> makeUp.schedule(view.number(), null, me.require().id()), say("makeup.unscheduled"));
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
