package org.postbag.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Role;

/**
 * Whether this database is the demo's own: one the demo filled itself, when it held nothing.
 * Only there does demo mode load content and keep its accounts, whose passwords the README
 * publishes; everywhere else, and at every start without demo mode, they are disabled.
 */
@ApplicationScoped
public class DemoDatabase {

    private static final Logger LOG = Logger.getLogger(DemoDatabase.class.getName());

    public static final String DEMO_EDITOR = "editor@demo.postbag.org";
    public static final String DEMO_ADMIN = "admin@demo.postbag.org";
    public static final String DEMO_EDITOR_PASSWORD = "demo-editor-password";
    public static final String DEMO_ADMIN_PASSWORD = "demo-admin-password";

    /** What a start did. */
    public enum Outcome {
        /** Demo mode in the demo's own database (filled now or before): demo accounts ready. */
        DEMO,
        /** Demo mode in a database that holds what the demo did not load: nothing loaded. */
        REFUSED,
        /** No demo mode: demo accounts disabled, if there were any. */
        NORMAL;

        /** What a start finds and may do, decided without the database. */
        static Outcome decide(boolean demoMode, boolean demosOwn, boolean empty) {
            if (!demoMode) {
                return NORMAL;
            }
            return demosOwn || empty ? DEMO : REFUSED;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoContent content;

    @Inject
    private AccountAdministration administration;

    @Inject
    private Clock clock;

    /**
     * In one transaction, so that the mark and the content it vouches for are written together
     * or not at all.
     */
    @Transactional
    public Outcome start(boolean demoMode) {
        boolean demosOwn = demosOwn();
        Outcome outcome = Outcome.decide(demoMode, demosOwn, !demosOwn && demoMode && empty());
        if (outcome == Outcome.DEMO) {
            if (!demosOwn) {
                content.loadSample();
                em.createNativeQuery("INSERT INTO demo_database (filled_at) VALUES (?1)")
                        .setParameter(1, clock.instant())
                        .executeUpdate();
            }
            administration.ensureDemo(DEMO_EDITOR, "Demo Editor", DEMO_EDITOR_PASSWORD, EnumSet.of(Role.EDITOR));
            administration.ensureDemo(
                    DEMO_ADMIN, "Demo Admin", DEMO_ADMIN_PASSWORD, EnumSet.of(Role.EDITOR, Role.ADMIN));
            return outcome;
        }
        List<String> disabled = administration.disableDemoAccounts();
        if (outcome == Outcome.REFUSED) {
            LOG.severe("POSTBAG_DEMO is on, but this database holds issues, letters or accounts that the demo did"
                    + " not load: no demo content was loaded and no demo account was created"
                    + (disabled.isEmpty() ? "" : "; demo accounts disabled: " + String.join(", ", disabled))
                    + ". Demo mode wants an empty database of its own (./mvnw -Prun without POSTBAG_DB_URL"
                    + " makes one; delete its folder, POSTBAG_DEMO_DATA_DIR, to start again);"
                    + " for a real magazine, set POSTBAG_DEMO=false.");
        } else if (!disabled.isEmpty()) {
            LOG.warning("Demo mode is off: disabled the demo accounts " + String.join(", ", disabled)
                    + ", whose passwords are published");
        }
        return outcome;
    }

    /** Whether the demo filled this database itself. */
    public boolean demosOwn() {
        return !em.createNativeQuery("SELECT 1 FROM demo_database")
                .getResultList()
                .isEmpty();
    }

    /** Nothing in it that the demo could overwrite or mix with: no issue, piece, letter or account. */
    private boolean empty() {
        Object any = em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM issue) OR EXISTS (SELECT 1 FROM piece)"
                        + " OR EXISTS (SELECT 1 FROM letter) OR EXISTS (SELECT 1 FROM account)")
                .getSingleResult();
        return !Boolean.TRUE.equals(any);
    }
}
