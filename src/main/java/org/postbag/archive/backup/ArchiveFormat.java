package org.postbag.archive.backup;

import java.util.Map;
import java.util.Set;

/**
 * What the archive file holds and what it leaves out, in one place (documented in
 * src/docs/archive-backup.md). The file is a zip: {@code manifest.json} first (the format and its
 * version, the schema version it was written from, each table with its columns, the sequences),
 * then {@code tables/<table>.jsonl} in the order a restore inserts them (one row a line, every
 * value in PostgreSQL's own text form or null), and {@code end.json} last with each table's row
 * count, so that a file cut short is known by its missing end.
 */
final class ArchiveFormat {

    static final String FORMAT = "postbag-archive";
    /** Raised whenever a file of the new version would be misread by the old restore. */
    static final int VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String END = "end.json";
    static final String TABLES = "tables/";

    /**
     * Tables a file a desk hands around must not carry, or that mean nothing in another install:
     * the schema's own history (the manifest names its version), the application's keys, sign-in
     * throttling, recovery codes, the demo's marker, mail not sent yet (restored, it would be
     * sent a second time by the new install), and the text-search configuration in use, which
     * every install keeps itself from the language setting (SearchLanguage rebuilds the restored
     * rows' search vectors if the restored setting asks for another language).
     */
    static final Set<String> LEFT_OUT_TABLES = Set.of(
            "flyway_schema_history",
            "app_secret",
            "sign_in_attempt",
            "account_recovery_code",
            "demo_database",
            "outbox_message",
            "search_language");

    /**
     * Account columns left out: passwords, second factors and sign-in state. A restored account
     * has no password; its owner sets one through the link an admin sends from People.
     */
    static final Set<String> LEFT_OUT_ACCOUNT_COLUMNS = Set.of(
            "password_hash",
            "failed_sign_ins",
            "locked_until",
            "invitation_token_hash",
            "invitation_expires_at",
            "totp_secret",
            "totp_enrolled_at",
            "last_code_step");

    /**
     * Writers' contact details, written only when the admin asks for them; without them, the
     * exports kept with import jobs are written empty too (a WordPress export holds commenters'
     * addresses).
     */
    static final Map<String, Set<String>> CONTACT_COLUMNS = Map.of(
            "letter", Set.of("author_email", "contact_details"),
            "piece", Set.of("author_email"),
            "mailbox_message", Set.of("sender"),
            "invitation", Set.of("invitee_email"),
            "import_source", Set.of("content"));

    /** Without contact details, the email as received is left out too: its headers hold the address. */
    static final String ORIGINAL_EMAIL_KIND = "ORIGINAL_EMAIL";

    /**
     * Columns that close a cycle of foreign keys (a letter's approved revision is a revision of
     * the letter): restored as null first and set once the table they point at is in.
     */
    static final Set<String> DEFERRED_COLUMNS = Set.of("letter.approved_revision_id");

    /** The accounts of the install restored into are kept; the file's are merged in by email. */
    static final Set<String> ACCOUNT_TABLES = Set.of("account", "account_role", "editor_alert");

    /** The house rules a fresh install seeds (rejection templates) or holds; the file's replace them. */
    static final Set<String> REPLACED_TABLES = Set.of("setting", "watched_word", "rejection_template");

    /** Kept in the install restored into (the first admin's creation), the file's added. */
    static final String ADMIN_EVENTS = "admin_event";

    /** One row, whose version the restore moves past both its own and the file's. */
    static final String PUBLICATION_STATE = "publication_state";

    private ArchiveFormat() {}
}
