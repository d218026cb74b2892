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

/** /admin/audit: the audit trail, searched through GET parameters so that a search can be shared. */
@Named("audit")
@RequestScoped
public class AuditView {

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
    @Param(name = "before")
    private String before;

    @Inject
    private AuditTrail trail;

    @Inject
    private Dates dates;

    private List<AuditTrail.Line> lines;

    public List<AuditTrail.Line> getLines() {
        if (lines == null) {
            lines = trail.search(
                    new AuditTrail.Search(who, action(), reference, day(from, 0), day(to, 1), text), beforeId());
        }
        return lines;
    }

    public String getOlderLink() {
        List<AuditTrail.Line> shown = getLines();
        if (shown.size() < AuditTrail.PAGE) {
            return null;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        keep(query, "who", who);
        keep(query, "action", action);
        keep(query, "ref", reference);
        keep(query, "from", from);
        keep(query, "to", to);
        keep(query, "text", text);
        keep(query, "before", String.valueOf(shown.get(shown.size() - 1).id()));
        return "/admin/audit?" + Servlets.toQueryString(query);
    }

    private static void keep(Map<String, List<String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, List.of(value));
        }
    }

    private LetterAction action() {
        try {
            return action == null || action.isBlank() ? null : LetterAction.valueOf(action);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private Long beforeId() {
        try {
            return before == null ? null : Long.valueOf(before);
        } catch (NumberFormatException wrong) {
            return null;
        }
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
