package org.postbag.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.postbag.admin.AuditTrail;
import org.postbag.infrastructure.Config;
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
    private Config config;

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
        return "/admin/audit?" + keep("who", who) + keep("action", action) + keep("ref", reference) + keep("from", from)
                + keep("to", to) + keep("text", text) + "before="
                + shown.get(shown.size() - 1).id();
    }

    private static String keep(String name, String value) {
        return value == null || value.isBlank()
                ? ""
                : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
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
            return value == null || value.isBlank()
                    ? null
                    : LocalDate.parse(value)
                            .plusDays(plusDays)
                            .atStartOfDay(ZoneId.of(config.string("POSTBAG_TIME_ZONE", "Europe/London")))
                            .toInstant();
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
