package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Arrival;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/** Post typed in by the desk: into the queue at once, verified by an editor, with its scan. */
@ExtendWith(ArquillianExtension.class)
class PostalLettersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(PostalLettersIT.class);
    }

    @Inject
    PostalLetters postalLetters;

    @PersistenceContext
    EntityManager em;

    @Inject
    LetterDocuments documents;

    @Inject
    Letters letters;

    @Inject
    Fixtures fixtures;

    private PostalLetters.PostalLetter post(String email, String verifiedBy) {
        return new PostalLetters.PostalLetter(
                "Edna Post",
                "Whitby",
                email,
                "3 Harbour Row, Whitby YO21 1AA",
                "The harbour wall",
                "Sir,\n\nThe harbour wall is crumbling.",
                false,
                verifiedBy);
    }

    @Test
    void aPostalLetterEntersTheQueueVerifiedByTheDeskWithItsScanAndNoEmail() throws Exception {
        Account editor = fixtures.account("Pat Desk", Role.EDITOR);
        String email = Fixtures.uniqueEmail("Edna Post");
        byte[] scan = TestMessages.pdf("Sir,", "The harbour wall is crumbling.");

        Letter entered = postalLetters.enter(
                post(email, "Phoned the writer, P. Desk"), new PostalLetters.Scan("harbour.pdf", scan), editor);

        Letter stored = letters.byReference(entered.reference()).orElseThrow();
        assertThat(stored.provenance().arrivedBy()).isEqualTo(Arrival.POST);
        assertThat(stored.status()).isEqualTo(LetterStatus.NEW);
        assertThat(stored.provenance().verifiedBy()).isEqualTo("Phoned the writer, P. Desk");
        assertThat(stored.provenance().contactDetails()).isEqualTo("3 Harbour Row, Whitby YO21 1AA");
        assertThat(documents.of(stored.reference())).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo(LetterDocument.Kind.SCAN);
            assertThat(document.contentType()).isEqualTo("application/pdf");
        });
        // Every email leaves through the outbox, written in the transaction that entered the
        // letter: none there now means none ever, without waiting to see.
        assertThat(emailsTo(email)).as("no confirmation email").isZero();
    }

    @Test
    void aPostalLetterNeedsAVerificationNoteAndARealScan() {
        Account editor = fixtures.account("Pat Desk", Role.EDITOR);
        assertThatThrownBy(() -> postalLetters.enter(post(null, " "), null, editor))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("verified");
        assertThatThrownBy(() -> postalLetters.enter(
                        post(null, "Seen the writer"), new PostalLetters.Scan("x.pdf", "<html>".getBytes()), editor))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("PDF, JPEG or PNG");
    }

    private long emailsTo(String email) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_message WHERE lower(recipient) = lower(?1)")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }
}
