package org.postbag.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.postbag.house.Languages;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.mail.Email;
import org.postbag.infrastructure.mail.MailTemplates;
import org.postbag.letter.Letter;

/** The emails a writer gets about sending a letter, in plain text. */
@ApplicationScoped
public class SubmissionEmails {

    @Inject
    private Config config;

    @Inject
    private Settings settings;

    @Inject
    private Languages languages;

    public Email confirmation(Letter letter, String token) {
        return MailTemplates.render(
                "confirmation",
                languages.magazine().locale(),
                letter.author().email(),
                letter.reference(),
                Map.of(
                        "name", letter.author().name(),
                        "magazine", settings.magazineName(),
                        "reference", letter.reference(),
                        "confirmLink", confirmLink(token),
                        "statusLink", statusLink(token),
                        "days", settings.unconfirmedRetention().toDays()));
    }

    public String confirmLink(String token) {
        return config.baseUrl() + "/confirm/" + token;
    }

    public String statusLink(String token) {
        return config.baseUrl() + "/status/" + token;
    }
}
