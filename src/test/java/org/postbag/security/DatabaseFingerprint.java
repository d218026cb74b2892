package org.postbag.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest of everything a request could change (letters, pieces, accounts, settings, notes,
 * links, trails), so that a test can show that a refused request changed nothing. The outbox,
 * the secrets and the sign-in log are left out: background jobs and signing in change them.
 */
@ApplicationScoped
public class DatabaseFingerprint {

    static final List<String> TABLES = List.of(
            "issue",
            "letter",
            "piece",
            "reply_link",
            "letter_flag",
            "watched_word",
            "setting",
            "account",
            "account_role",
            "account_section",
            "section",
            "letter_event",
            "letter_note",
            "letter_revision",
            "author_approval",
            "invitation",
            "rejection_template",
            "publication_state",
            "admin_event");

    @PersistenceContext
    EntityManager em;

    /** One digest per table, so that a difference says where it is. */
    @Transactional
    public Map<String, String> take() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TABLES) {
            Object digest = em.createNativeQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                            + " FROM " + table + " t")
                    .getSingleResult();
            digests.put(table, String.valueOf(digest));
        }
        return digests;
    }
}
