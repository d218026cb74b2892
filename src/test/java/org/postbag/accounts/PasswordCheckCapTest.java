package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordCheckCapTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Holds {@code count} turns until {@code release} opens; returns once all are held. */
    private List<Future<String>> hold(Passwords.Cap cap, int count, CountDownLatch release) throws Exception {
        CountDownLatch held = new CountDownLatch(count);
        List<Future<String>> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(pool.submit(() -> cap.run(() -> {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "checked";
            })));
        }
        assertThat(held.await(10, TimeUnit.SECONDS))
                .as("every holder got its turn")
                .isTrue();
        return holders;
    }

    @Test
    void noMoreChecksRunAtOnceThanTheCapAllows() throws Exception {
        Passwords.Cap cap = new Passwords.Cap(3, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            checks.add(pool.submit(() -> {
                go.await();
                return cap.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    // Work long enough that the others are all asking meanwhile.
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    running.decrementAndGet();
                    return true;
                });
            }));
        }
        go.countDown();
        for (Future<Boolean> check : checks) {
            assertThat(check.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(most.get()).isBetween(1, 3);
        assertThat(cap.limit()).isEqualTo(3);
    }

    @Test
    void aCheckThatFindsNoTurnWithinTheWaitIsRefusedNotKeptWaiting() throws Exception {
        Passwords.Cap cap = new Passwords.Cap(2, Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> holders = hold(cap, 2, release);

        long started = System.nanoTime();
        assertThatThrownBy(() -> cap.run(() -> "never run")).isInstanceOf(Passwords.Busy.class);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(waited).as("milliseconds waited").isBetween(150L, 5_000L);
        release.countDown();
        for (Future<String> holder : holders) {
            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("checked");
        }
        assertThat(cap.run(() -> "its turn came")).isEqualTo("its turn came");
    }

    @Test
    void aCheckWaitingItsTurnGetsItWhenOneEnds() throws Exception {
        Passwords.Cap cap = new Passwords.Cap(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        hold(cap, 1, release);

        Future<String> waiting = pool.submit(() -> cap.run(() -> "after the first"));
        release.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("after the first");
    }

    @Test
    void aCheckThatFailsGivesItsTurnBack() {
        Passwords.Cap cap = new Passwords.Cap(1, Duration.ofMillis(100));

        assertThatThrownBy(() -> cap.run(() -> {
                    throw new IllegalArgumentException("a broken hash");
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(cap.run(() -> "still free")).isEqualTo("still free");
    }

    @Test
    void anInterruptedWaitIsRefusedAndKeepsTheInterrupt() throws Exception {
        Passwords.Cap cap = new Passwords.Cap(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        hold(cap, 1, release);
        try {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> cap.run(() -> "never run")).isInstanceOf(Passwords.Busy.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aCapOfNoChecksIsAMistakeInTheConfiguration() {
        assertThatThrownBy(() -> new Passwords.Cap(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POSTBAG_PASSWORD_CHECKS");
    }
}
