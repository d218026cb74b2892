package org.postbag.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postbag.house.Settings;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.mail.Email;
import org.postbag.letter.Letter;

/** The emails a writer gets about sending a letter, in plain text. */
@ApplicationScoped
public class SubmissionEmails {

    @Inject
    private Config config;

    @Inject
    private Settings settings;

    public Email confirmation(Letter letter, String token) {
        String magazine = settings.magazineName();
        long days = settings.unconfirmedRetention().toDays();
        String body = "Dear " + letter.author().name() + ",\n\n"
                + "Thank you for your letter to " + magazine + ". Its reference is " + letter.reference() + ".\n\n"
                + "Please confirm your email address: open this link and press \"Confirm my letter\".\n\n"
                + "    " + confirmLink(token) + "\n\n"
                + "We read letters only once their writers have confirmed them. If you do not confirm this one"
                + " within " + days + " days, we delete it.\n\n"
                + "You can see what happens to your letter, or withdraw it, at this private link. Keep this"
                + " email: anyone with the link can see your letter.\n\n"
                + "    " + statusLink(token) + "\n\n"
                + "If you did not write to us, ignore this email and the letter will be deleted.\n\n"
                + "The letters desk, " + magazine + "\n";
        return new Email(
                "confirmation",
                letter.author().email(),
                "Please confirm your letter to " + magazine + " (" + letter.reference() + ")",
                body,
                letter.reference());
    }

    public String confirmLink(String token) {
        return config.baseUrl() + "/confirm/" + token;
    }

    public String statusLink(String token) {
        return config.baseUrl() + "/status/" + token;
    }
}
