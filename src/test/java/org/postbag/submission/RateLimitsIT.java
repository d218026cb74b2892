package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postbag.testing.fixtures.Fixtures.person;
import static org.postbag.testing.fixtures.Fixtures.uniqueEmail;

import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.infrastructure.Config;
import org.postbag.testing.Deployments;

/** Floods are refused, with a message the writer can act on, and nothing is stored. */
@ExtendWith(ArquillianExtension.class)
class RateLimitsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(RateLimitsIT.class);
    }

    @Inject
    Submissions submissions;

    @Test
    void theSixthLetterInAnHourFromOneAddressIsRefused() {
        String email = uniqueEmail("Prolific Writer");
        sendAccepted("Prolific Writer", "Hull", email, 5);

        SubmissionOutcome sixth = submissions.submit(
                LetterDraft.of("Prolific Writer", "Hull", email, "One more " + System.nanoTime()), person());

        assertThat(sixth).isInstanceOf(SubmissionOutcome.Refused.class);
        assertThat(((SubmissionOutcome.Refused) sixth).reason())
                .isEqualTo("You have sent us 5 letters in the last hour, which is as many as we take."
                        + " Please keep your letter and send it again later.");
    }

    /** Address limits for this test's own thread (the submissions run on it), put back on close. */
    private static AutoCloseable addressLimits(String perHour, String perDay) {
        Config.Overrides.Scope hour = Config.Overrides.forThisThread("POSTBAG_RATE_LIMIT_ADDRESS_PER_HOUR", perHour);
        Config.Overrides.Scope day = Config.Overrides.forThisThread("POSTBAG_RATE_LIMIT_ADDRESS_PER_DAY", perDay);
        return () -> {
            day.close();
            hour.close();
        };
    }

    @Test
    void theDaysLimitIsCheckedWhenItIsTheLowerOne() throws Exception {
        try (AutoCloseable limits = addressLimits("10", "3")) {
            String email = uniqueEmail("Daily Writer");
            sendAccepted("Daily Writer", "York", email, 3);

            SubmissionOutcome fourth = submissions.submit(
                    LetterDraft.of("Daily Writer", "York", email, "Another " + System.nanoTime()), person());

            assertThat(((SubmissionOutcome.Refused) fourth).reason())
                    .isEqualTo("You have sent us 3 letters today, which is as many as we take in a day."
                            + " Please keep your letter and send it again tomorrow.");
        }
    }

    @Test
    void aLimitOfNoneLetsEveryLetterIn() throws Exception {
        try (AutoCloseable limits = addressLimits("0", "0")) {
            sendAccepted("Load Tester", "Hull", uniqueEmail("Load Tester"), 7);
        }
    }

    /** Sends {@code letters} letters from one address, each of which must be taken in. */
    private void sendAccepted(String name, String town, String email, int letters) {
        for (int i = 1; i <= letters; i++) {
            assertThat(submissions.submit(
                            LetterDraft.of(name, town, email, "Letter " + i + " " + System.nanoTime()), person()))
                    .isInstanceOf(SubmissionOutcome.Accepted.class);
        }
    }

    @Test
    void lettersFromOneNetworkAreLimitedToo() {
        // The test run lifts the network limit (every test comes from this machine); this
        // test puts a low one back for itself, on its own thread.
        try (var lowLimit = Config.Overrides.forThisThread("POSTBAG_RATE_LIMIT_IP_PER_HOUR", "3")) {
            Sender network = new Sender(null, "192.0.2." + (System.nanoTime() % 250 + 1), false, Duration.ofMinutes(2));
            for (int i = 1; i <= 3; i++) {
                SubmissionOutcome outcome = submissions.submit(
                        LetterDraft.of("Writer " + i, "Leeds", uniqueEmail("Writer"), "Text " + System.nanoTime()),
                        network);
                assertThat(outcome).isInstanceOf(SubmissionOutcome.Accepted.class);
            }

            SubmissionOutcome fourth = submissions.submit(
                    LetterDraft.of("Writer 4", "Leeds", uniqueEmail("Writer"), "Text " + System.nanoTime()), network);

            assertThat(fourth).isInstanceOf(SubmissionOutcome.Refused.class);
            assertThat(((SubmissionOutcome.Refused) fourth).reason()).contains("from your network");
        }
    }
}
