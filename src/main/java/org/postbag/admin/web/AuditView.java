package org.postbag.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Servlets;
import org.postbag.admin.AuditTrail;
import org.postbag.infrastructure.web.Dates;
import org.postbag.letter.LetterAction;

/**
 * /admin/audit: the audit trail of letters and of the admins' own actions, searched through GET
 * parameters so that a search can be shared, a hundred events a page.
 */
@Named("audit")
@RequestScoped
public class AuditView {

    /** The kind filter's values for "every letter event" and "every admin event". */
    static final String LETTERS = "letters";

    static final String ADMIN = "admin";

    @Inject
    @Param(name = "who")
    private String who;

    @Inject
    @Param(name = "action")
    private String action;

    @Inject
    @Param(name = "ref")
    private String reference;

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "to")
    private String to;

    @Inject
    @Param(name = "text")
    private String text;

    @Inject
    @Param(name = "after")
    private String after;

    @Inject
    private AuditTrail trail;

    @Inject
    private Dates dates;

    private List<AuditTrail.Line> found;
    private List<String> adminActions;

    /** The page's events: the first hundred found (one more is read to know whether there are older ones). */
    public List<AuditTrail.Line> getLines() {
        List<AuditTrail.Line> all = found();
        return all.size() > AuditTrail.PAGE ? all.subList(0, AuditTrail.PAGE) : all;
    }

    private List<AuditTrail.Line> found() {
        if (found == null) {
            found = trail.search(
                    new AuditTrail.Search(who, trail(), kind(), reference, day(from, 0), day(to, 1), text),
                    AuditTrail.Cursor.parse(after).orElse(null));
        }
        return found;
    }

    public String getOlderLink() {
        if (found().size() <= AuditTrail.PAGE) {
            return null;
        }
        List<AuditTrail.Line> shown = getLines();
        Map<String, List<String>> query = new LinkedHashMap<>();
        keep(query, "who", who);
        keep(query, "action", action);
        keep(query, "ref", reference);
        keep(query, "from", from);
        keep(query, "to", to);
        keep(query, "text", text);
        keep(query, "after", shown.get(shown.size() - 1).cursor().token());
        return "/admin/audit?" + Servlets.toQueryString(query);
    }

    /** Back to the newest events of the same search, once the admin has paged on. */
    public String getNewestLink() {
        if (after == null || after.isBlank()) {
            return null;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        keep(query, "who", who);
        keep(query, "action", action);
        keep(query, "ref", reference);
        keep(query, "from", from);
        keep(query, "to", to);
        keep(query, "text", text);
        return "/admin/audit" + (query.isEmpty() ? "" : "?" + Servlets.toQueryString(query));
    }

    private static void keep(Map<String, List<String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, List.of(value));
        }
    }

    private AuditTrail.Trail trail() {
        if (LETTERS.equals(action)) {
            return AuditTrail.Trail.LETTER;
        }
        return ADMIN.equals(action) ? AuditTrail.Trail.ADMIN : null;
    }

    /** One kind of event, if the filter names one we know. */
    private String kind() {
        if (action == null || action.isBlank() || LETTERS.equals(action) || ADMIN.equals(action)) {
            return null;
        }
        boolean known =
                Arrays.stream(LetterAction.values()).anyMatch(a -> a.name().equals(action))
                        || getAdminActions().contains(action);
        return known ? action : null;
    }

    private Instant day(String value, int plusDays) {
        try {
            return value == null || value.isBlank() ? null : dates.startOf(LocalDate.parse(value), plusDays);
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    public List<LetterAction> getActions() {
        return Arrays.asList(LetterAction.values());
    }

    /** The kinds of admin event on record. */
    public List<String> getAdminActions() {
        if (adminActions == null) {
            adminActions = trail.adminActions();
        }
        return adminActions;
    }

    public String label(String adminAction) {
        return AdminActions.label(adminAction);
    }

    public String getWho() {
        return who;
    }

    public String getAction() {
        return action;
    }

    public String getReference() {
        return reference;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getText() {
        return text;
    }
}
