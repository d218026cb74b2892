package org.postbag.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.web.Dates;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.FlagKind;
import org.postbag.moderation.Decision;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.Queue;
import org.postbag.moderation.QueuePage;
import org.postbag.moderation.QueueRow;
import org.postbag.moderation.QueueTab;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;

/**
 * The queue page, /editor/queue. The filters are GET parameters (a filtered queue can be
 * bookmarked and shared, see {@link QueueQuery}); the page keeps them for its own actions,
 * which redirect back to the same URL when done, and also when refused.
 */
@Named("queue")
@ViewScoped
@PageAction
public class QueueView implements Serializable, PageAction.LostRace, PageAction.Refused {

    private static final long serialVersionUID = 1L;

    private QueueQuery query;
    private QueuePage page;
    private final Map<String, Boolean> selected = new HashMap<>();
    private Long bulkTemplate;
    private boolean bulkTellWriter;

    /** The letter the row action under way is about, for the words of a lost race. */
    private String acting;

    @Inject
    private transient Queue queue;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient RejectionTemplates templates;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Dates dates;

    @PostConstruct
    void readQuery() {
        query = QueueQuery.of(Faces.getRequestParameterMap()::get);
    }

    public void load() {
        if (page != null) {
            return;
        }
        long editor = me.require().id();
        page = query.beforeCursor()
                .map(before -> queue.pageBefore(query.filter(dates.zone()), editor, before))
                .orElseGet(() -> queue.page(
                        query.filter(dates.zone()), editor, query.afterCursor().orElse(null)));
    }

    // Row actions: each names the version the editor saw. -------------------------------

    public void claim(QueueRow row) {
        act(row, editor -> moderation.claim(row.reference(), row.version(), editor), "queue.done.claimed");
    }

    public void approve(QueueRow row) {
        act(
                row,
                editor -> UndoDecision.offer(moderation.approve(row.reference(), row.version(), editor)),
                "queue.done.approved");
    }

    public void spam(QueueRow row) {
        act(
                row,
                editor -> UndoDecision.offer(moderation.markSpam(row.reference(), row.version(), editor)),
                "queue.done.spam");
    }

    /** @param done the bundle's words for what was done, with the letter's reference */
    private void act(QueueRow row, Consumer<Long> action, String done) {
        acting = row.reference();
        action.accept(me.require().id());
        PageActionBoundary.done(Words.of(FacesContext.getCurrentInstance(), done, row.reference()), here());
    }

    @Override
    public String lostRaceMessage() {
        return acting == null
                ? Words.of(FacesContext.getCurrentInstance(), PageActionBoundary.LOST_RACE)
                : Words.of(FacesContext.getCurrentInstance(), moderation.staleMessageFor(acting));
    }

    /** A refused row action says why on the queue as it is now: the message goes with the redirect. */
    @Override
    public void refused() {
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect(here().substring(1));
    }

    // Bulk actions on the ticked rows. ---------------------------------------------------

    public void bulkReject() {
        if (bulkTemplate == null) {
            PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "queue.bulk.reason.missing"));
            return;
        }
        bulk(
                "queue.bulk.done.rejected",
                (row, editor) ->
                        moderation.reject(row.reference(), row.version(), editor, bulkTemplate, bulkTellWriter));
    }

    public void bulkSpam() {
        bulk("queue.bulk.done.spam", (row, editor) -> moderation.markSpam(row.reference(), row.version(), editor));
    }

    public void bulkRelease() {
        bulk("queue.bulk.done.released", (row, editor) -> {
            moderation.release(row.reference(), row.version(), editor);
            return null;
        });
    }

    /** One ticked letter's action; the decision it made, for the Undo, or null when it decided nothing. */
    private interface RowAction {
        Decision apply(QueueRow row, long editor);
    }

    /**
     * Each ticked letter on its own: one refused or raced does not stop the others, and the
     * summary names it. The summary's Undo reverses every decision made ({@link UndoDecision#undoAll}).
     *
     * @param done the bundle's words for the summary, with the number of letters done
     */
    private void bulk(String done, RowAction action) {
        // A post that arrives without the view it came from (another tab's, an expired one) has
        // not loaded the page yet: the ticked letters are looked for on the page as it is now.
        load();
        List<QueueRow> chosen = page.rows().stream()
                .filter(row -> Boolean.TRUE.equals(selected.get(row.reference())))
                .toList();
        if (chosen.isEmpty()) {
            PageActionBoundary.refuse(Words.of(FacesContext.getCurrentInstance(), "queue.bulk.noneTicked"));
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        long editor = me.require().id();
        List<Decision> decisions = new ArrayList<>();
        int succeeded = 0;
        StringBuilder problems = new StringBuilder();
        for (QueueRow row : chosen) {
            try {
                Decision decision = action.apply(row, editor);
                if (decision != null) {
                    decisions.add(decision);
                }
                succeeded++;
            } catch (DomainException refused) {
                problems.append(' ').append(Words.of(context, refused));
            } catch (RuntimeException failure) {
                if (!Conflicts.isConcurrentChange(failure)) {
                    throw failure;
                }
                problems.append(' ').append(Words.of(context, moderation.staleMessageFor(row.reference())));
            }
        }
        String summary = Words.of(context, done, succeeded) + problems;
        Messages.Message message = Messages.create(summary).flash();
        (problems.isEmpty() ? message : message.warn()).add();
        UndoDecision.offer(decisions);
        Faces.redirect(here().substring(1));
    }

    // Links --------------------------------------------------------------------------------

    /** This queue's address, on the tab and page it shows: where its actions come back to. */
    private String here() {
        return "/editor/queue" + query.at(query.tab(), query.after(), null).toQueryString();
    }

    /** A letter's page, with this tab and its filters, so that its decisions go on to the next letter of the tab. */
    public String letterLink(QueueRow row) {
        return "/editor/letters/" + row.reference()
                + query.at(query.tab(), null, null).toQueryString();
    }

    public String tabLink(QueueTab target) {
        return "/editor/queue" + query.at(target.key(), null, null).toQueryString();
    }

    public String nextLink() {
        load();
        return page.next() == null
                ? null
                : "/editor/queue"
                        + query.at(query.tab(), page.next().token(), null).toQueryString();
    }

    public String previousLink() {
        load();
        return page.previous() == null
                ? null
                : "/editor/queue"
                        + query.at(query.tab(), null, page.previous().token()).toQueryString();
    }

    public QueueQuery getQuery() {
        return query;
    }

    public List<QueueTab> getTabs() {
        return Arrays.asList(QueueTab.values());
    }

    public QueueTab getCurrentTab() {
        return query.currentTab();
    }

    public List<FlagKind> getFlagKinds() {
        return Arrays.asList(FlagKind.values());
    }

    public List<RejectionTemplate> getTemplates() {
        return templates.all();
    }

    public String count(QueueTab tab) {
        load();
        long count = page.counts().getOrDefault(tab, 0L);
        NumberFormat number = NumberFormat.getIntegerInstance(Words.localeOf(FacesContext.getCurrentInstance()));
        return count > Queue.COUNT_CAP
                ? Words.of(FacesContext.getCurrentInstance(), "queue.count.more", number.format(Queue.COUNT_CAP))
                : number.format(count);
    }

    public QueuePage getPage() {
        load();
        return page;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public boolean isFiltered() {
        return query.filtered();
    }

    public Long getBulkTemplate() {
        return bulkTemplate;
    }

    public void setBulkTemplate(Long bulkTemplate) {
        this.bulkTemplate = bulkTemplate;
    }

    public boolean isBulkTellWriter() {
        return bulkTellWriter;
    }

    public void setBulkTellWriter(boolean bulkTellWriter) {
        this.bulkTellWriter = bulkTellWriter;
    }
}
