package org.postbag.moderation.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.postbag.accounts.CurrentAccount;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.FlagKind;
import org.postbag.moderation.Cursor;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.Queue;
import org.postbag.moderation.QueueFilter;
import org.postbag.moderation.QueuePage;
import org.postbag.moderation.QueueRow;
import org.postbag.moderation.QueueTab;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.RejectionTemplates;

/**
 * The queue page, /editor/queue. The filters are GET parameters (a filtered queue can be
 * bookmarked and shared); the page keeps them for its own actions, which redirect back to
 * the same URL when done.
 */
@Named("queue")
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tab;
    private String q;
    private String flag;
    private String piece;
    private String from;
    private String to;
    private String order;
    private String after;
    private String before;

    private QueuePage page;
    private final Map<String, Boolean> selected = new HashMap<>();
    private Long bulkTemplate;
    private boolean bulkTellWriter;

    @Inject
    private transient Queue queue;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient RejectionTemplates templates;

    @Inject
    private transient CurrentAccount me;

    @Inject
    private transient Config config;

    public void load() {
        if (page != null) {
            return;
        }
        QueueFilter filter = filter();
        long editor = me.require().id();
        Cursor before = Cursor.parse(this.before).orElse(null);
        page = before != null
                ? queue.pageBefore(filter, editor, before)
                : queue.page(filter, editor, Cursor.parse(after).orElse(null));
    }

    QueueFilter filter() {
        return new QueueFilter(
                QueueTab.of(tab), q, flagKind(), piece, day(from, 0), day(to, 1), "newest".equals(order));
    }

    private FlagKind flagKind() {
        try {
            return flag == null || flag.isBlank() ? null : FlagKind.valueOf(flag.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private Instant day(String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(config.string("POSTBAG_TIME_ZONE", "Europe/London"));
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    // Row actions: each names the version the editor saw. -------------------------------

    public void claim(QueueRow row) throws IOException {
        act(
                row,
                (editor) -> moderation.claim(row.reference(), row.version(), editor),
                "You hold " + row.reference() + ".");
    }

    public void approve(QueueRow row) throws IOException {
        act(
                row,
                (editor) -> moderation.approve(row.reference(), row.version(), editor),
                row.reference() + " approved.");
    }

    public void spam(QueueRow row) throws IOException {
        act(
                row,
                (editor) -> moderation.markSpam(row.reference(), row.version(), editor),
                row.reference() + " marked as spam.");
    }

    // Bulk actions on the ticked rows. ---------------------------------------------------

    public void bulkReject() throws IOException {
        if (bulkTemplate == null) {
            error("Choose a reason for rejecting the letters.");
            return;
        }
        bulk(
                "rejected",
                (row, editor) ->
                        moderation.reject(row.reference(), row.version(), editor, bulkTemplate, bulkTellWriter));
    }

    public void bulkSpam() throws IOException {
        bulk("marked as spam", (row, editor) -> moderation.markSpam(row.reference(), row.version(), editor));
    }

    public void bulkRelease() throws IOException {
        bulk("released", (row, editor) -> moderation.release(row.reference(), row.version(), editor));
    }

    private interface RowAction {
        void apply(QueueRow row, long editor);
    }

    private void bulk(String done, RowAction action) throws IOException {
        List<QueueRow> chosen = page.rows().stream()
                .filter(row -> Boolean.TRUE.equals(selected.get(row.reference())))
                .toList();
        if (chosen.isEmpty()) {
            error("Tick the letters first.");
            return;
        }
        long editor = me.require().id();
        int succeeded = 0;
        StringBuilder problems = new StringBuilder();
        for (QueueRow row : chosen) {
            try {
                action.apply(row, editor);
                succeeded++;
            } catch (DomainException refused) {
                problems.append(' ').append(refused.getMessage());
            } catch (Exception failure) {
                if (!Conflicts.isConcurrentChange(failure)) {
                    throw new FacesException(failure);
                }
                problems.append(' ')
                        .append(moderation.staleMessageFor(row.reference()).getMessage());
            }
        }
        String summary = succeeded + (succeeded == 1 ? " letter " : " letters ") + done + ".";
        flash(problems.length() == 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, summary + problems);
        reload();
    }

    private void act(QueueRow row, Consumer<Long> action, String done) throws IOException {
        try {
            action.accept(me.require().id());
            flash(FacesMessage.SEVERITY_INFO, done);
        } catch (DomainException refused) {
            flash(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (Exception failure) {
            if (!Conflicts.isConcurrentChange(failure)) {
                throw new FacesException(failure);
            }
            flash(
                    FacesMessage.SEVERITY_ERROR,
                    moderation.staleMessageFor(row.reference()).getMessage());
        }
        reload();
    }

    private void flash(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private void reload() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/editor/queue" + query(tab, after, null));
    }

    // Links --------------------------------------------------------------------------------

    /** The URL query of this queue with another tab or page; the filters stay. */
    public String query(String tab, String after, String before) {
        StringBuilder query = new StringBuilder();
        append(query, "tab", tab);
        append(query, "q", q);
        append(query, "flag", flag);
        append(query, "piece", piece);
        append(query, "from", from);
        append(query, "to", to);
        append(query, "order", order);
        append(query, "after", after);
        append(query, "before", before);
        return query.toString();
    }

    public String tabLink(QueueTab target) {
        return "/editor/queue" + query(target.key(), null, null);
    }

    public String nextLink() {
        return page.next() == null
                ? null
                : "/editor/queue" + query(tab, page.next().token(), null);
    }

    public String previousLink() {
        return page.previous() == null
                ? null
                : "/editor/queue" + query(tab, null, page.previous().token());
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public List<QueueTab> getTabs() {
        return Arrays.asList(QueueTab.values());
    }

    public QueueTab getCurrentTab() {
        return QueueTab.of(tab);
    }

    public List<FlagKind> getFlagKinds() {
        return Arrays.asList(FlagKind.values());
    }

    public List<RejectionTemplate> getTemplates() {
        return templates.all();
    }

    public String count(QueueTab tab) {
        long count = page.counts().getOrDefault(tab, 0L);
        return count > Queue.COUNT_CAP ? String.format("%,d+", Queue.COUNT_CAP) : String.format("%,d", count);
    }

    public QueuePage getPage() {
        return page;
    }

    public Map<String, Boolean> getSelected() {
        return selected;
    }

    public boolean isFiltered() {
        return q != null || flag != null || piece != null || from != null || to != null;
    }

    // View parameters ----------------------------------------------------------------------

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getPiece() {
        return piece;
    }

    public void setPiece(String piece) {
        this.piece = piece;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
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
