package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.DomainException;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** There is always at least one active admin: not by a slip, and not when two admins act at once. */
@ExtendWith(ArquillianExtension.class)
class LastAdminIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(LastAdminIT.class);
    }

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private int version(Account account) {
        return accounts.byId(account.id()).orElseThrow().version();
    }

    /** Other tests' admins are set aside, inside a transaction that is then rolled back. */
    private void onlyAdmins(Account... kept) {
        List<Long> ids = Arrays.stream(kept).map(Account::id).toList();
        em.createNativeQuery("UPDATE account SET disabled = true WHERE id NOT IN (?1)")
                .setParameter(1, ids)
                .executeUpdate();
    }

    @Test
    void theOnlyActiveAdminCannotDemoteOrDisableThemselves() throws Exception {
        Account only = fixtures.account("Only Admin", Role.EDITOR, Role.ADMIN);
        transaction.begin();
        try {
            onlyAdmins(only);
            assertThatThrownBy(() ->
                            administration.changeRoles(only.id(), version(only), EnumSet.of(Role.EDITOR), only.id()))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("Only Admin is the only active admin and cannot stop being an admin:"
                            + " make someone else an admin first.");
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        try {
            onlyAdmins(only);
            assertThatThrownBy(() -> administration.disable(only.id(), version(only), only.id()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("only active admin and cannot be disabled");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void withASecondAdminTheFirstMayStepDown() throws Exception {
        Account first = fixtures.account("First Admin", Role.EDITOR, Role.ADMIN);
        Account second = fixtures.account("Second Admin", Role.EDITOR, Role.ADMIN);
        transaction.begin();
        try {
            onlyAdmins(first, second);
            administration.changeRoles(first.id(), version(first), EnumSet.of(Role.EDITOR), first.id());
            assertThat(accounts.lockActiveAdmins()).containsExactly(second.id());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        // Committed, so that two transactions really race: other admins are disabled for the
        // duration and enabled again afterwards.
        transaction.begin();
        @SuppressWarnings("unchecked")
        List<Number> others = em.createNativeQuery(
                        "SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id"
                                + " WHERE r.role = 'ADMIN' AND NOT a.disabled")
                .getResultList();
        em.createNativeQuery("UPDATE account SET disabled = true WHERE id IN (SELECT account_id FROM account_role"
                        + " WHERE role = 'ADMIN')")
                .executeUpdate();
        transaction.commit();
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Account a = fixtures.account("Racing Admin A" + round, Role.EDITOR, Role.ADMIN);
                Account b = fixtures.account("Racing Admin B" + round, Role.EDITOR, Role.ADMIN);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (Account[] pair : new Account[][] {{a, b}, {b, a}}) {
                    int version = pair[1].version();
                    outcomes.add(admins.submit(() -> {
                        start.await();
                        try {
                            administration.changeRoles(pair[1].id(), version, EnumSet.of(Role.EDITOR), pair[0].id());
                            return true;
                        } catch (Exception refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int succeeded = 0;
                for (Future<Boolean> outcome : outcomes) {
                    succeeded += outcome.get() ? 1 : 0;
                }
                assertThat(succeeded).as("round %d: one demotion wins", round).isEqualTo(1);
                transaction.begin();
                assertThat(accounts.lockActiveAdmins()).as("round %d", round).hasSize(1);
                // Set the winner aside for the next round.
                em.createNativeQuery("UPDATE account SET disabled = true WHERE id IN (?1, ?2)")
                        .setParameter(1, a.id())
                        .setParameter(2, b.id())
                        .executeUpdate();
                transaction.commit();
            }
        } finally {
            admins.shutdownNow();
            transaction.begin();
            if (!others.isEmpty()) {
                em.createNativeQuery("UPDATE account SET disabled = false WHERE id IN (?1)")
                        .setParameter(1, others.stream().map(Number::longValue).toList())
                        .executeUpdate();
            }
            transaction.commit();
        }
    }
}
