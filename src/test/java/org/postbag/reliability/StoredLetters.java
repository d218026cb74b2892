package org.postbag.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the database holds after a run, read straight from PostgreSQL: every letter with the
 * rows that a submission writes with it in one transaction (its SUBMITTED event in
 * {@code letter_event}, its confirmation email in {@code outbox_message}, and in the letter row
 * itself the text, word count, MinHash bands, form key and private-link hash), and the letters
 * each marker of the test's submissions appears in.
 */
final class StoredLetters {

    /** The figures of one check. */
    record Report(
            int letters,
            int acknowledged,
            int found,
            List<String> missing,
            List<String> duplicated,
            List<String> halfStored,
            int orphanEmails) {

        boolean clean() {
            return found == acknowledged
                    && missing.isEmpty()
                    && duplicated.isEmpty()
                    && halfStored.isEmpty()
                    && orphanEmails == 0;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[[a-z0-9]+-[a-z0-9-]+\\]");

    private StoredLetters() {}

    static Report check(Connection connection, Map<String, LetterWriters.Acknowledged> acknowledged)
            throws SQLException {
        Map<String, List<String>> lettersByMarker = new HashMap<>();
        Map<String, String> bodyByReference = new HashMap<>();
        List<String> halfStored = new ArrayList<>();
        int letters = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT l.reference, l.original_body, l.status, l.word_count,"
                        + " l.minhash_bands IS NOT NULL, l.submission_key IS NOT NULL, l.access_token_hash IS NOT NULL,"
                        + " (SELECT count(*) FROM letter_event e WHERE e.letter_id = l.id AND e.action = 'SUBMITTED'),"
                        + " (SELECT count(*) FROM outbox_message m WHERE m.letter_reference = l.reference"
                        + " AND m.kind = 'confirmation')"
                        + " FROM letter l")) {
            while (rows.next()) {
                letters++;
                String reference = rows.getString(1);
                String body = rows.getString(2);
                String status = rows.getString(3);
                bodyByReference.put(reference, body);
                Matcher marker = MARKER.matcher(body == null ? "" : body);
                if (marker.find()) {
                    lettersByMarker
                            .computeIfAbsent(marker.group(), m -> new ArrayList<>())
                            .add(reference);
                }
                boolean whole = body != null
                        && !body.isBlank()
                        && rows.getInt(4) > 0
                        && rows.getBoolean(5)
                        && rows.getBoolean(6)
                        && rows.getBoolean(7)
                        && rows.getLong(8) == 1
                        && (status.equals("SPAM") ? rows.getLong(9) == 0 : rows.getLong(9) == 1);
                if (!whole) {
                    halfStored.add(reference + " (" + status + ", events " + rows.getLong(8) + ", emails "
                            + rows.getLong(9) + ")");
                }
            }
        }
        int orphanEmails;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox_message m"
                        + " WHERE m.letter_reference IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.reference = m.letter_reference)")) {
            rows.next();
            orphanEmails = rows.getInt(1);
        }
        List<String> duplicated = new ArrayList<>();
        lettersByMarker.forEach((marker, references) -> {
            if (references.size() > 1) {
                duplicated.add(marker + " in " + references);
            }
        });
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (LetterWriters.Acknowledged ack : acknowledged.values()) {
            String body = bodyByReference.get(ack.reference());
            if (body != null && body.contains(ack.marker())) {
                found++;
            } else {
                missing.add(ack.marker() + " as " + ack.reference());
            }
        }
        return new Report(letters, acknowledged.size(), found, missing, duplicated, halfStored, orphanEmails);
    }
}
