package org.postbag.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.house.AdminEvents;
import org.postbag.house.Settings;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.letter.Screening;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.moderation.WatchedWordRule;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** Settings, watched words and rejection templates as admins change them, and what the change does. */
@ExtendWith(ArquillianExtension.class)
class HouseRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(HouseRulesIT.class);
    }

    @Inject
    HouseRules rules;

    @Inject
    Settings settings;

    @Inject
    Submissions submissions;

    @Inject
    Letters letters;

    @Inject
    Fixtures fixtures;

    @ArquillianResource
    URL url;

    @Inject
    private AdminEvents events;

    private Account admin() {
        return fixtures.account("Settings Admin", Role.EDITOR, Role.ADMIN);
    }

    private String home() throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url.toURI().resolve("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void aChangedSettingTakesEffectAtOnceAndPublicPagesShowIt() throws Exception {
        Account admin = admin();
        HouseRules.Values before = rules.current();
        assertThat(home()).contains("Northern Review");
        try {
            int changed = rules.save(
                    new HouseRules.Values("The Weekly Postbag", 420, before.linkAddresses(), 7, 200, 90), admin.id());

            assertThat(changed).isEqualTo(4);
            assertThat(settings.decisionEmailGrace()).isEqualTo(Duration.ofSeconds(90));
            assertThat(events.latest(4)).anySatisfy(event -> {
                assertThat(event.action()).isEqualTo("SETTING_CHANGED");
                assertThat(event.subject()).isEqualTo("POSTBAG_DECISION_EMAIL_GRACE_SECONDS");
                assertThat(event.detail()).isEqualTo(before.decisionEmailGraceSeconds() + " → 90");
                assertThat(event.actor()).isEqualTo(admin.displayName());
            });
            assertThat(settings.wordLimit()).isEqualTo(420);
            assertThat(settings.contactRetention().toDays()).isEqualTo(200);
            assertThat(home()).contains("The Weekly Postbag").doesNotContain("Northern Review");
            String write = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(url.toURI().resolve("/write"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(write).contains("420 words");
        } finally {
            rules.save(before, admin.id());
        }
        assertThat(settings.wordLimit()).isEqualTo(before.wordLimit());
        assertThat(home()).contains("Northern Review");
    }

    @Test
    void badValuesAreAllNamedAndNothingIsSaved() {
        Account admin = admin();
        HouseRules.Values before = rules.current();
        assertThatThrownBy(() -> rules.save(new HouseRules.Values(" ", 10, true, 0, 2, 3601), admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Enter the magazine’s name")
                .hasMessageContaining("between 50 and 5,000 words")
                .hasMessageContaining("between 1 and 90 days")
                .hasMessageContaining("between 7 and 3,650 days")
                .hasMessageContaining("between 0 and 3,600 seconds");
        assertThat(rules.current()).isEqualTo(before);
        assertThatThrownBy(() -> rules.save(
                        new HouseRules.Values(
                                before.magazineName(),
                                before.wordLimit(),
                                before.linkAddresses(),
                                before.unconfirmedRetentionDays(),
                                before.contactRetentionDays(),
                                -1),
                        admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Decision emails may wait between 0 and 3,600 seconds.");
        Account editor = fixtures.account("Not An Admin", Role.EDITOR);
        assertThatThrownBy(() -> rules.save(before, editor.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Only an admin may do this.");
    }

    @Test
    void aWatchedWordMarksSpamOrHoldsALetter() throws Exception {
        Account admin = admin();
        String spamWord = "zorb" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String holdWord = "quux" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "y");
        rules.watch(spamWord, Screening.WatchedWord.Action.SPAM, admin.id());
        rules.watch(" " + holdWord.toUpperCase() + " ", Screening.WatchedWord.Action.HOLD, admin.id());
        assertThatThrownBy(() -> rules.watch(spamWord, Screening.WatchedWord.Action.HOLD, admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("watched already");
        assertThatThrownBy(() -> rules.watch("two words", Screening.WatchedWord.Action.HOLD, admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("one word");

        SubmissionOutcome spam = submissions.submit(
                LetterDraft.of("Spam Sender", "Leeds", Fixtures.uniqueEmail("Spam"), "Buy " + spamWord + " today."),
                Fixtures.person());
        assertThat(((SubmissionOutcome.Accepted) spam).letter().status()).isEqualTo(LetterStatus.SPAM);

        String email = Fixtures.uniqueEmail("Held Writer");
        SubmissionOutcome held = submissions.submit(
                LetterDraft.of("Held Writer", "Leeds", email, "I must mention " + holdWord + " here."),
                Fixtures.person());
        String link = Mailbox.of(email).awaitOne().link("/confirm/");
        submissions.confirm(link.substring(link.lastIndexOf('/') + 1));
        String reference = ((SubmissionOutcome.Accepted) held).letter().reference();
        assertThat(letters.byReference(reference).orElseThrow().status()).isEqualTo(LetterStatus.HELD);

        for (WatchedWordRule rule : rules.watchedWords()) {
            if (rule.word().equals(spamWord) || rule.word().equals(holdWord)) {
                rules.unwatch(rule.id(), admin.id());
            }
        }
        assertThat(rules.watchedWords()).extracting(WatchedWordRule::word).doesNotContain(spamWord, holdWord);
    }

    @Test
    void rejectionTemplatesAreAddedReworderAndRemoved() {
        Account admin = admin();
        String name = "Off topic " + System.nanoTime();
        rules.saveTemplate(null, name, "Your letter is about something we have not published.", admin.id());
        RejectionTemplate added = rules.templates().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> rules.saveTemplate(null, name.toUpperCase(), "Again.", admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("already a template");
        assertThatThrownBy(() -> rules.saveTemplate(null, "Empty " + name, "  ", admin.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Write the reason");

        rules.saveTemplate(added.id(), name, "Reworded.", admin.id());
        assertThat(rules.templates())
                .filteredOn(t -> t.name().equals(name))
                .singleElement()
                .extracting(RejectionTemplate::body)
                .isEqualTo("Reworded.");

        rules.removeTemplate(added.id(), admin.id());
        assertThat(rules.templates()).extracting(RejectionTemplate::name).doesNotContain(name);
    }
}
