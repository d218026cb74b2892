package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.house.AdminEvents;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.infrastructure.Hashing;
import org.postbag.infrastructure.Secrets;
import org.postbag.infrastructure.web.PublicationState;

/**
 * What Postbag holds about a writer, found by email address: exported as one JSON file, or
 * erased. Erasing deletes every letter that was never published, with its history, notes and
 * revisions, and every email to the address; a published letter stays as it was printed
 * (text and sign-off) and loses everything else: the address, contact details, the subject,
 * the text as sent, the cuts, the notes and the evidence behind its reply links. The emails
 * inviting someone to answer any of the letters no longer quote it. Also the scheduled purge of contact details once a letter is
 * closed and the retention period has passed.
 */
@ApplicationScoped
public class WriterData {

    /** Statuses after which nothing more is asked of the writer. */
    static final String CLOSED = "('PUBLISHED', 'REJECTED', 'SPAM', 'WITHDRAWN')";

    /** The line of Linking's invitation email that quotes the letter, up to the end of the line. */
    static final String QUOTED_LINE = "The letter, from [^\\n]*";

    static final String UNQUOTED = "(The writer of the letter asked us to erase it, so its words are no longer shown.)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private AdminEvents events;

    @Inject
    private Settings settings;

    @Inject
    private Secrets secrets;

    @Inject
    private PublicationState publicationState;

    @Inject
    private Clock clock;

    /** How much there is, for the admin to see before exporting or erasing. */
    public record Summary(String email, long letters, long published, long emails, long invitations) {

        public boolean isEmpty() {
            return letters == 0 && emails == 0 && invitations == 0;
        }
    }

    /** What erasing did. */
    public record Erasure(int deleted, int anonymised, int emails, int invitations) {}

    @Transactional
    public Summary summary(String email) {
        String address = normalise(email);
        return new Summary(
                address,
                count("SELECT count(*) FROM letter WHERE lower(author_email) = ?1", address),
                count(
                        "SELECT count(*) FROM letter l JOIN piece p ON p.letter_id = l.id"
                                + " WHERE lower(l.author_email) = ?1 AND p.published_at IS NOT NULL",
                        address),
                count("SELECT count(*) FROM outbox_message WHERE lower(recipient) = ?1", address),
                count("SELECT count(*) FROM invitation WHERE lower(invitee_email) = ?1", address));
    }

    /** Everything held about the writer, as a JSON document. The export itself is recorded. */
    @Transactional
    public byte[] export(String email, long adminId) {
        Account admin = admin(adminId);
        String address = normalise(email);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(address, out);
        events.record(admin.displayName(), "WRITER_EXPORTED", subject(address), null);
        return out.toByteArray();
    }

    private void write(String address, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            json.writeStartObject();
            json.write("about", address);
            json.write("magazine", settings.magazineName());
            json.write("exportedAt", clock.instant().toString());
            json.write(
                    "explanation",
                    "Everything the letters desk holds about the writer with this email address: each letter as"
                            + " sent, what screening noticed about it, the keyed hash of the network address it"
                            + " came from (kept to slow floods of letters), the cuts the editors made, what"
                            + " happened to it and when, the editors' notes, the text as published, and the"
                            + " emails we sent.");
            json.writeStartArray("letters");
            for (Object[] letter : rows(
                    "SELECT id, reference, status, received_at, confirmed_at, author_name, author_town, name_withheld,"
                            + " author_email, contact_details, subject, citation, original_body, word_count,"
                            + " submitter_hash FROM letter WHERE lower(author_email) = ?1 ORDER BY received_at",
                    address)) {
                long id = ((Number) letter[0]).longValue();
                json.writeStartObject();
                put(json, "reference", letter[1]);
                put(json, "status", letter[2]);
                put(json, "receivedAt", letter[3]);
                put(json, "confirmedAt", letter[4]);
                put(json, "name", letter[5]);
                put(json, "town", letter[6]);
                put(json, "nameWithheld", letter[7]);
                put(json, "email", letter[8]);
                put(json, "contactDetails", letter[9]);
                put(json, "subject", letter[10]);
                put(json, "answers", letter[11]);
                put(json, "text", letter[12]);
                put(json, "words", letter[13]);
                put(json, "submitterHash", letter[14]);
                array(
                        json,
                        "flags",
                        "SELECT kind, reason FROM letter_flag WHERE letter_id = ?1 ORDER BY kind, reason",
                        id,
                        "kind",
                        "reason");
                array(
                        json,
                        "revisions",
                        "SELECT number, headline, body, sign_off, author_name, created_at, reason FROM letter_revision"
                                + " WHERE letter_id = ?1 ORDER BY number",
                        id,
                        "number",
                        "headline",
                        "text",
                        "signOff",
                        "by",
                        "at",
                        "reason");
                array(
                        json,
                        "history",
                        "SELECT at, action, from_status, to_status, actor_name, note FROM letter_event"
                                + " WHERE letter_id = ?1 ORDER BY at, id",
                        id,
                        "at",
                        "action",
                        "from",
                        "to",
                        "by",
                        "note");
                array(
                        json,
                        "editorsNotes",
                        "SELECT at, author_name, text FROM letter_note WHERE letter_id = ?1 ORDER BY at",
                        id,
                        "at",
                        "by",
                        "text");
                array(
                        json,
                        "editApprovals",
                        "SELECT sent_at, answer, answered_at, comment FROM author_approval WHERE letter_id = ?1"
                                + " ORDER BY sent_at",
                        id,
                        "sentAt",
                        "answer",
                        "answeredAt",
                        "comment");
                array(
                        json,
                        "published",
                        "SELECT p.reference, p.title, p.sign_off, p.body, p.published_at, i.number FROM piece p"
                                + " LEFT JOIN issue i ON i.id = p.issue_id"
                                + " WHERE p.letter_id = ?1 AND p.published_at IS NOT NULL",
                        id,
                        "reference",
                        "headline",
                        "signOff",
                        "text",
                        "publishedAt",
                        "issue");
                json.writeEnd();
            }
            json.writeEnd();
            array(
                    json,
                    "emails",
                    "SELECT created_at, sent_at, status, subject, body FROM outbox_message WHERE lower(recipient) = ?1"
                            + " ORDER BY created_at",
                    address,
                    "createdAt",
                    "sentAt",
                    "status",
                    "subject",
                    "body");
            array(
                    json,
                    "invitationsToReply",
                    "SELECT sent_at, invitee_name, used_at FROM invitation WHERE lower(invitee_email) = ?1 ORDER BY sent_at",
                    address,
                    "sentAt",
                    "name",
                    "usedAt");
            array(
                    json,
                    "articles",
                    "SELECT reference, title, sign_off, published_at FROM piece WHERE kind = 'ARTICLE'"
                            + " AND lower(author_email) = ?1 ORDER BY published_at",
                    address,
                    "reference",
                    "title",
                    "byline",
                    "publishedAt");
            json.writeEnd();
        }
    }

    /** Erases the writer (see the class comment). All or nothing, in one transaction. */
    @Transactional
    public Erasure erase(String email, long adminId) {
        Account admin = admin(adminId);
        String address = normalise(email);
        Instant now = clock.instant();
        List<Object[]> letters = rows(
                "SELECT l.id, EXISTS (SELECT 1 FROM piece p WHERE p.letter_id = l.id AND p.published_at IS NOT NULL)"
                        + " FROM letter l WHERE lower(l.author_email) = ?1 FOR UPDATE OF l",
                address);
        int deleted = 0;
        int anonymised = 0;
        int quoting = 0;
        for (Object[] letter : letters) {
            long id = ((Number) letter[0]).longValue();
            quoting += unquote(id);
            if (Boolean.TRUE.equals(letter[1])) {
                anonymise(id, now);
                anonymised++;
            } else {
                delete(id);
                deleted++;
            }
        }
        int emails = update("DELETE FROM outbox_message WHERE lower(recipient) = ?1", address);
        int invitations = update("DELETE FROM invitation WHERE lower(invitee_email) = ?1", address);
        update("UPDATE piece SET author_email = NULL, version = version + 1 WHERE lower(author_email) = ?1", address);
        events.record(
                admin.displayName(),
                "WRITER_ERASED",
                subject(address),
                deleted + " letters deleted, " + anonymised + " published letters kept as printed, " + emails
                        + " emails and " + invitations + " invitations deleted, " + quoting
                        + " invitation emails no longer quote the letter");
        publicationState.changed();
        return new Erasure(deleted, anonymised, emails, invitations);
    }

    /** A published letter keeps the printed text and sign-off, and nothing else about its writer. */
    private void anonymise(long id, Instant now) {
        update("DELETE FROM letter_note WHERE letter_id = ?1", id);
        update("DELETE FROM letter_flag WHERE letter_id = ?1", id);
        update("DELETE FROM letter_similarity WHERE letter_id = ?1 OR similar_id = ?1", id);
        update("UPDATE letter_event SET note = NULL WHERE letter_id = ?1", id);
        // The detector's evidence quotes the letter ("mentions 'the trams'") and names its writer.
        update("UPDATE reply_link SET evidence = NULL, version = version + 1 WHERE letter_id = ?1", id);
        em.createNativeQuery("""
                UPDATE letter l SET
                    author_email = NULL, contact_details = NULL, subject = NULL, citation = NULL, submitter_hash = NULL,
                    access_token_hash = NULL, submission_key = NULL, body_hash = NULL, minhash_bands = NULL,
                    minhash_sketch = NULL,
                    author_name = CASE WHEN l.name_withheld THEN 'Name withheld' ELSE l.author_name END,
                    author_town = CASE WHEN l.name_withheld THEN '' ELSE l.author_town END,
                    original_body = p.body, word_count = coalesce(r.word_count, l.word_count),
                    approved_revision_id = NULL, erased_at = ?2, contact_purged_at = ?2, version = l.version + 1
                FROM piece p LEFT JOIN letter_revision r ON r.id = (SELECT approved_revision_id FROM letter WHERE id = ?1)
                WHERE l.id = ?1 AND p.letter_id = l.id
                """)
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        update("DELETE FROM letter_revision WHERE letter_id = ?1", id);
    }

    /**
     * The invitation to reply sent about the letter (to the author of the piece it answered)
     * quotes its sign-off and opening words on one line; that line goes, and the record that
     * the email was sent stays. Returns how many emails changed.
     */
    private int unquote(long id) {
        return em.createNativeQuery("UPDATE outbox_message SET body = regexp_replace(body, ?2, ?3, 'g'),"
                        + " version = version + 1 WHERE kind = 'invitation' AND body ~ ?2"
                        + " AND letter_reference = (SELECT reference FROM letter WHERE id = ?1)")
                .setParameter(1, id)
                .setParameter(2, QUOTED_LINE)
                .setParameter(3, UNQUOTED)
                .executeUpdate();
    }

    /** A letter that was never published goes, with everything hanging off it. */
    private void delete(long id) {
        update("DELETE FROM reply_link WHERE piece_id IN (SELECT id FROM piece WHERE letter_id = ?1)", id);
        update("DELETE FROM piece WHERE letter_id = ?1", id);
        update("UPDATE letter SET approved_revision_id = NULL WHERE id = ?1", id);
        update("DELETE FROM letter WHERE id = ?1", id);
    }

    /**
     * Forgets the contact details of closed letters (published, rejected, spam, withdrawn)
     * once nothing has happened to them for the retention period, and the emails sent longer
     * ago than that. Returns how many letters lost their details.
     */
    @Transactional
    public int purgeContactDetails() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.contactRetention());
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        int letters = em.createNativeQuery(
                        "UPDATE letter l SET author_email = NULL, contact_details = NULL,"
                                + " submitter_hash = NULL, contact_purged_at = ?1, version = l.version + 1"
                                + " WHERE l.contact_purged_at IS NULL AND l.status IN " + CLOSED
                                + " AND l.received_at < ?2"
                                + " AND coalesce((SELECT max(e.at) FROM letter_event e WHERE e.letter_id = l.id), l.received_at) < ?2")
                .setParameter(1, at)
                .setParameter(2, before)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM outbox_message WHERE status <> 'PENDING' AND created_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM sign_in_attempt WHERE at < ?1")
                .setParameter(1, before)
                .executeUpdate();
        return letters;
    }

    private Account admin(long adminId) {
        return accounts.byId(adminId)
                .filter(account -> account.has(Role.ADMIN) && !account.isDisabled())
                .orElseThrow(() -> new DomainException("Only an admin may do this."));
    }

    /** The writer as the admins' trail names them: a keyed hash, so the trail does not keep the address. */
    private String subject(String address) {
        return "writer " + Hashing.hmacHex(secrets.key("privacy"), address).substring(0, 12);
    }

    static String normalise(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 320) {
            throw new DomainException("Enter the writer's email address, like name@example.com.");
        }
        return address;
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private int update(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    private void array(JsonGenerator json, String name, String sql, Object parameter, String... fields) {
        json.writeStartArray(name);
        for (Object[] row : rows(sql, parameter)) {
            json.writeStartObject();
            for (int i = 0; i < fields.length; i++) {
                put(json, fields[i], row[i]);
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void put(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Number number) {
            json.write(name, number.longValue());
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else if (value instanceof Timestamp timestamp) {
            json.write(name, timestamp.toInstant().toString());
        } else if (value instanceof Instant instant) {
            json.write(name, instant.toString());
        } else if (value instanceof OffsetDateTime dateTime) {
            json.write(name, dateTime.toInstant().toString());
        } else {
            json.write(name, value.toString());
        }
    }
}
