package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.infrastructure.mail.Outbox;
import org.postbag.infrastructure.web.Words;
import org.postbag.letter.Letter;

/**
 * The email a writer gets when their letter is first published ({@code mail/published.txt}):
 * where it appeared, the link to it, and whether the editors cut it. It goes into the outbox in
 * the publishing transaction, so it is sent only if the letter really went out.
 */
@ApplicationScoped
public class PublicationEmails {

    @Inject
    private Outbox outbox;

    @Inject
    private Settings settings;

    @Inject
    private Config config;

    @Inject
    private Languages languages;

    public void published(Letter letter, Piece piece) {
        outbox.send(publishedEmail(letter, piece));
    }

    private Email publishedEmail(Letter letter, Piece piece) {
        boolean edited = letter.revisions().approved() != null
                && !letter.revisions().approved().body().equals(letter.originalBody());
        Locale locale = languages.magazine().locale();
        return MailTemplates.render(
                "published",
                locale,
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name",
                        letter.author().name(),
                        "magazine",
                        settings.magazineName(),
                        "reference",
                        letter.reference(),
                        "where",
                        piece.issue() != null
                                ? Words.in(
                                        locale,
                                        "mail.published.inIssue",
                                        String.valueOf(piece.issue().number()),
                                        piece.issue().title())
                                : Words.in(locale, "mail.published.online"),
                        "link",
                        config.baseUrl() + "/letters/" + piece.reference() + "/" + piece.slug(),
                        "edited",
                        edited ? Words.in(locale, "mail.published.edited") + "\n\n" : ""));
    }
}
