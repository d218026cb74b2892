package org.postbag.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.admin.HouseRules;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.WatchedWordRule;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The one boundary of the desk's actions (PageActionBoundary), seen through the pages: a
 * refusal that belongs to a field is listed in the error summary with a link to that field,
 * and a row action of the queue that lost its race comes back to the same queue, with the
 * words of who changed the letter, never an error page.
 */
@ExtendWith(ArquillianExtension.class)
class PageActionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PageActionsIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    HouseRules rules;

    @Inject
    Moderation moderation;

    @Inject
    Letters letters;

    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void aRefusedWatchedWordIsListedAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        URI base = url.toURI().resolve("/");
        Account admin = fixtures.account("Ada Boundary", Role.EDITOR, Role.ADMIN);
        HttpClient client = Desk.signedIn(base, admin.email(), Fixtures.PASSWORD);
        URI settings = base.resolve("/admin/settings");
        String word = word();
        try {
            HttpResponse<String> first = WebForm.read(client, settings, "watchForm")
                    .set("word", word)
                    .set("wordAction", "HOLD")
                    .press("watch");
            assertThat(first.statusCode()).isEqualTo(302);
            HttpResponse<String> again = WebForm.read(client, settings, "watchForm")
                    .set("word", word)
                    .set("wordAction", "HOLD")
                    .press("watch");
            assertThat(again.statusCode()).isEqualTo(200);
            Document page = WebForm.parse(again);
            Element link = page.selectFirst(".error-summary li a");
            assertThat(link).as("the summary links the refusal to its field").isNotNull();
            assertThat(link.attr("href")).isEqualTo("#word");
            assertThat(link.text()).contains("watched already");
            assertThat(page.getElementById("word").val()).isEqualTo(word);
        } finally {
            for (WatchedWordRule rule : rules.watchedWords()) {
                if (rule.word().equals(word)) {
                    rules.unwatch(rule.id(), admin.id());
                }
            }
        }
    }

    @Test
    void aQueueRowActionThatLostItsRaceComesBackToTheSameQueueWithWhoChangedTheLetter() throws Exception {
        URI base = url.toURI().resolve("/");
        Account first = fixtures.account("Quentin Queue", Role.EDITOR);
        Account second = fixtures.account("Quilla Queue", Role.EDITOR);
        String word = word();
        Letter letter = fixtures.newLetter("Rory Row", "A letter about " + word + " for the queue.");
        HttpClient client = Desk.signedIn(base, first.email(), Fixtures.PASSWORD);
        URI queue = base.resolve("/editor/queue?tab=new&q=" + word);
        HttpResponse<String> shown = Desk.get(client, queue);
        WebForm form = WebForm.of(client, queue, shown.body(), "queueForm");
        Element approve = WebForm.parse(shown).selectFirst("input[aria-label=\"Approve " + letter.reference() + "\"]");
        assertThat(approve).as("the letter's approve button").isNotNull();
        // The other editor acts first, on the version the page showed.
        int version = letters.byReference(letter.reference()).orElseThrow().version();
        moderation.approve(letter.reference(), version, second.id());

        HttpResponse<String> answer = form.press(approve.attr("name"));

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/editor/queue?tab=new&q=" + word);
        Document back = WebForm.parse(Desk.get(client, base.resolve(location)));
        assertThat(back.select(".error-summary li").text())
                .contains(letter.reference())
                .contains("Quilla Queue");
    }
}
