package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.postbag.house.Settings;
import org.postbag.infrastructure.persistence.Columns;

/**
 * Everything the desk holds about one writer, as records that JSON-B writes out: each letter
 * as sent with what happened to it, the emails sent to the address, the invitations to reply
 * and the articles under it. Reads only; callers bring the transaction.
 */
@ApplicationScoped
public class WriterExport {

    static final String EXPLANATION = "Everything the letters desk holds about the writer with this email address:"
            + " each letter as sent, what screening noticed about it, the keyed hash of the network address it"
            + " came from (kept to slow floods of letters), the cuts the editors made, what happened to it and"
            + " when, the editors' notes, the text as published, and the emails we sent.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @JsonbPropertyOrder({
        "about",
        "magazine",
        "exportedAt",
        "explanation",
        "letters",
        "emails",
        "invitationsToReply",
        "articles"
    })
    public record Export(
            String about,
            String magazine,
            Instant exportedAt,
            String explanation,
            List<Letter> letters,
            List<Email> emails,
            List<Invitation> invitationsToReply,
            List<Article> articles) {}

    @JsonbPropertyOrder({
        "reference",
        "status",
        "receivedAt",
        "confirmedAt",
        "name",
        "town",
        "nameWithheld",
        "email",
        "contactDetails",
        "subject",
        "answers",
        "text",
        "words",
        "submitterHash",
        "flags",
        "revisions",
        "history",
        "editorsNotes",
        "editApprovals",
        "published"
    })
    public record Letter(
            String reference,
            String status,
            Instant receivedAt,
            Instant confirmedAt,
            String name,
            String town,
            Boolean nameWithheld,
            String email,
            String contactDetails,
            String subject,
            String answers,
            String text,
            Long words,
            String submitterHash,
            List<Flag> flags,
            List<Revision> revisions,
            List<Event> history,
            List<Note> editorsNotes,
            List<Approval> editApprovals,
            List<Published> published) {}

    @JsonbPropertyOrder({"kind", "reason"})
    public record Flag(String kind, String reason) {}

    @JsonbPropertyOrder({"number", "headline", "text", "signOff", "by", "at", "reason"})
    public record Revision(
            Long number, String headline, String text, String signOff, String by, Instant at, String reason) {}

    @JsonbPropertyOrder({"at", "action", "from", "to", "by", "note"})
    public record Event(Instant at, String action, String from, String to, String by, String note) {}

    @JsonbPropertyOrder({"at", "by", "text"})
    public record Note(Instant at, String by, String text) {}

    @JsonbPropertyOrder({"sentAt", "answer", "answeredAt", "comment"})
    public record Approval(Instant sentAt, String answer, Instant answeredAt, String comment) {}

    @JsonbPropertyOrder({"reference", "headline", "signOff", "text", "publishedAt", "issue"})
    public record Published(
            String reference, String headline, String signOff, String text, Instant publishedAt, Long issue) {}

    @JsonbPropertyOrder({"createdAt", "sentAt", "status", "subject", "body"})
    public record Email(Instant createdAt, Instant sentAt, String status, String subject, String body) {}

    @JsonbPropertyOrder({"sentAt", "name", "usedAt"})
    public record Invitation(Instant sentAt, String name, Instant usedAt) {}

    @JsonbPropertyOrder({"reference", "title", "byline", "publishedAt"})
    public record Article(String reference, String title, String byline, Instant publishedAt) {}

    /** What is held about the writer at this (normalised) address. */
    public Export of(String address) {
        List<Letter> letters = rows(
                "SELECT id, reference, status, received_at, confirmed_at, author_name, author_town, name_withheld,"
                        + " author_email, contact_details, subject, citation, original_body, word_count,"
                        + " submitter_hash FROM letter WHERE lower(author_email) = ?1 ORDER BY received_at",
                address,
                this::letter);
        return new Export(
                address,
                settings.magazineName(),
                clock.instant(),
                EXPLANATION,
                letters,
                rows(
                        "SELECT created_at, sent_at, status, subject, body FROM outbox_message"
                                + " WHERE lower(recipient) = ?1 ORDER BY created_at",
                        address,
                        row -> new Email(instant(row[0]), instant(row[1]), text(row[2]), text(row[3]), text(row[4]))),
                rows(
                        "SELECT sent_at, invitee_name, used_at FROM invitation WHERE lower(invitee_email) = ?1"
                                + " ORDER BY sent_at",
                        address,
                        row -> new Invitation(instant(row[0]), text(row[1]), instant(row[2]))),
                rows(
                        "SELECT reference, title, sign_off, published_at FROM piece WHERE kind = 'ARTICLE'"
                                + " AND lower(author_email) = ?1 ORDER BY published_at",
                        address,
                        row -> new Article(text(row[0]), text(row[1]), text(row[2]), instant(row[3]))));
    }

    private Letter letter(Object[] row) {
        long id = ((Number) row[0]).longValue();
        return new Letter(
                text(row[1]),
                text(row[2]),
                instant(row[3]),
                instant(row[4]),
                text(row[5]),
                text(row[6]),
                (Boolean) row[7],
                text(row[8]),
                text(row[9]),
                text(row[10]),
                text(row[11]),
                text(row[12]),
                number(row[13]),
                text(row[14]),
                rows(
                        "SELECT kind, reason FROM letter_flag WHERE letter_id = ?1 ORDER BY kind, reason",
                        id,
                        flag -> new Flag(text(flag[0]), text(flag[1]))),
                rows(
                        "SELECT number, headline, body, sign_off, author_name, created_at, reason FROM letter_revision"
                                + " WHERE letter_id = ?1 ORDER BY number",
                        id,
                        r -> new Revision(
                                number(r[0]),
                                text(r[1]),
                                text(r[2]),
                                text(r[3]),
                                text(r[4]),
                                instant(r[5]),
                                text(r[6]))),
                rows(
                        "SELECT at, action, from_status, to_status, actor_name, note FROM letter_event"
                                + " WHERE letter_id = ?1 ORDER BY at, id",
                        id,
                        e -> new Event(instant(e[0]), text(e[1]), text(e[2]), text(e[3]), text(e[4]), text(e[5]))),
                rows(
                        "SELECT at, author_name, text FROM letter_note WHERE letter_id = ?1 ORDER BY at",
                        id,
                        n -> new Note(instant(n[0]), text(n[1]), text(n[2]))),
                rows(
                        "SELECT sent_at, answer, answered_at, comment FROM author_approval WHERE letter_id = ?1"
                                + " ORDER BY sent_at",
                        id,
                        a -> new Approval(instant(a[0]), text(a[1]), instant(a[2]), text(a[3]))),
                rows(
                        "SELECT p.reference, p.title, p.sign_off, p.body, p.published_at, i.number FROM piece p"
                                + " LEFT JOIN issue i ON i.id = p.issue_id"
                                + " WHERE p.letter_id = ?1 AND p.published_at IS NOT NULL",
                        id,
                        p -> new Published(
                                text(p[0]), text(p[1]), text(p[2]), text(p[3]), instant(p[4]), number(p[5]))));
    }

    /**
     * The export as the admin downloads it: indented JSON, every field present (null when the
     * desk holds nothing there), in the order the records name them (JSON-B's own is alphabetical).
     */
    public static byte[] toJson(Export export) {
        JsonbConfig config = new JsonbConfig().withFormatting(true).withNullValues(true);
        try (Jsonb jsonb = JsonbBuilder.create(config)) {
            return jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
        } catch (Exception closing) {
            throw new IllegalStateException("JSON-B could not be closed", closing);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, Object parameter, Function<Object[], T> record) {
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(record).toList();
    }

    private static Instant instant(Object value) {
        return Columns.instant(value);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
