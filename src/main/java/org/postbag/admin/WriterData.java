package org.postbag.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
 *
 * <p>This service checks that an admin asks, keeps the transaction and writes the admins' trail;
 * {@link WriterExport} gathers the export, {@link WriterErasure} has each feature forget its part.
 */
@ApplicationScoped
public class WriterData {

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
    private WriterExport exports;

    @Inject
    private WriterErasure erasure;

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
        byte[] document = WriterExport.toJson(exports.of(address));
        events.record(admin.displayName(), "WRITER_EXPORTED", subject(address), null);
        return document;
    }

    /** Erases the writer (see the class comment). All or nothing, in one transaction. */
    @Transactional
    public Erasure erase(String email, long adminId) {
        Account admin = admin(adminId);
        String address = normalise(email);
        WriterErasure.Done done = erasure.erase(address, clock.instant());
        events.record(
                admin.displayName(),
                "WRITER_ERASED",
                subject(address),
                done.deleted() + " letters deleted, " + done.anonymised() + " published letters kept as printed, "
                        + done.emails() + " emails and " + done.invitations() + " invitations deleted, "
                        + done.unquoted() + " invitation emails no longer quote the letter");
        publicationState.changed();
        return new Erasure(done.deleted(), done.anonymised(), done.emails(), done.invitations());
    }

    /**
     * Forgets the contact details of closed letters (published, rejected, spam, withdrawn)
     * once nothing has happened to them for the retention period, and the emails sent longer
     * ago than that. Returns how many letters lost their details.
     */
    @Transactional
    public int purgeContactDetails() {
        Instant now = clock.instant();
        int purged = erasure.purgeOlderThan(now.minus(settings.contactRetention()), now);
        if (purged > 0) {
            events.record(
                    "Postbag",
                    "CONTACTS_PURGED",
                    purged + " closed letters",
                    "Contact details past the retention period of "
                            + settings.contactRetention().toDays() + " days");
        }
        return purged;
    }

    private Account admin(long adminId) {
        return accounts.byId(adminId)
                .filter(account -> account.has(Role.ADMIN) && !account.isDisabled())
                .orElseThrow(() -> DomainException.of("refused.account.adminsOnly"));
    }

    /** The writer as the admins' trail names them: a keyed hash, so the trail does not keep the address. */
    private String subject(String address) {
        return "writer " + Hashing.hmacHex(secrets.key("privacy"), address).substring(0, 12);
    }

    static String normalise(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 320) {
            throw DomainException.of("admin.privacy.refused.email");
        }
        return address;
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
