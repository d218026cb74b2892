package org.postbag.submission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class SubmissionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SubmissionsIT.class);
    }

    @Inject
    Submissions submissions;

    @Inject
    Letters letters;

    @Test
    void aSubmittedLetterIsStoredAndReadBackByItsReference() {
        Letter sent = submissions.submit(new LetterDraft(
                "Tom Aldridge",
                "Halifax",
                "tom.aldridge@example.net",
                "Trams",
                "The ceiling is where the passengers live.\n\nSo say I.",
                false));

        Letter stored = letters.byReference(sent.reference()).orElseThrow();

        assertThat(LetterReference.isWellFormed(stored.reference())).isTrue();
        assertThat(stored.author().signOff()).isEqualTo("Tom Aldridge, Halifax");
        assertThat(stored.originalBody()).isEqualTo("The ceiling is where the passengers live.\n\nSo say I.");
        assertThat(stored.wordCount()).isEqualTo(10);
        assertThat(stored.status()).isEqualTo(LetterStatus.UNCONFIRMED);
        assertThat(stored.receivedAt()).isNotNull();
    }

    @Test
    void everyLetterGetsItsOwnReference() {
        Letter first = submissions.submit(new LetterDraft("A", "", "a@example.org", null, "One.", false));
        Letter second = submissions.submit(new LetterDraft("B", "", "b@example.org", null, "Two.", false));

        assertThat(first.reference()).isNotEqualTo(second.reference());
    }
}
