package org.postbag.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;
import org.postbag.testing.fixtures.Mailbox;

/** Reply links on the sample debate: suggestions from citations, the rules, threads, right of reply. */
@ExtendWith(ArquillianExtension.class)
class LinkingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(LinkingIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    CitationSuggestions suggestions;

    @Inject
    Linking linking;

    @Inject
    Threads threads;

    @Inject
    Letters letters;

    @Inject
    Pieces pieces;

    @Inject
    Submissions submissions;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Each letter of the sample debate, and the piece it really answers. */
    private static final Map<String, String> REAL_TARGETS = Map.of(
            "L-118-aldridge", "A-117-natarajan",
            "L-119-natarajan", "L-118-aldridge",
            "L-120-aldridge", "L-119-natarajan",
            "L-120-osei", "A-117-natarajan",
            "P-mehta", "L-120-osei",
            "P-long", "L-120-aldridge");

    // One test over all six letters: Arquillian runs parameterised tests inside the server
    // with the first arguments only.
    @Test
    void theRealReplyTargetIsTheTopSuggestionForEveryLetterOfTheSample() throws Exception {
        Map<String, String> sample = fixtures.tramDebate();

        transaction.begin();
        try {
            for (var expected : REAL_TARGETS.entrySet()) {
                Letter letter =
                        letters.byReference(sample.get(expected.getKey())).orElseThrow();
                List<CitationSuggestions.Suggested> found = suggestions.forLetter(letter, letter.originalBody());

                assertThat(found).as(expected.getKey()).isNotEmpty();
                assertThat(found.get(0).reference())
                        .as("top suggestion for %s", expected.getKey())
                        .isEqualTo(sample.get(expected.getValue()));
                assertThat(found.get(0).evidence()).isNotEmpty();
            }
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theThreadGrowsFromTheArticleWithItsBranches() {
        Map<String, String> sample = fixtures.tramDebate();

        Threads.Node root = threads.tree(sample.get("A-117-natarajan"), true).orElseThrow();

        assertThat(root.replies())
                .extracting(Threads.Node::reference)
                .containsExactly(sample.get("L-118-aldridge"), sample.get("L-120-osei"));
        assertThat(root.flatten())
                .extracting(Threads.Node::reference)
                .containsExactly(
                        sample.get("A-117-natarajan"),
                        sample.get("L-118-aldridge"),
                        sample.get("L-119-natarajan"),
                        sample.get("L-120-aldridge"),
                        sample.get("L-120-osei"));

        Threads.Node desk = threads.tree(sample.get("A-117-natarajan"), false).orElseThrow();
        assertThat(desk.flatten())
                .extracting(Threads.Node::reference)
                .contains(sample.get("P-long"), sample.get("P-mehta"));
        assertThat(desk.flatten())
                .filteredOn(node -> node.reference().equals(sample.get("P-long")))
                .singleElement()
                .satisfies(node -> {
                    assertThat(node.letterStatus()).isEqualTo("new");
                    assertThat(node.linkStatus()).isEqualTo("suggested");
                });
    }

    @Test
    void theRootOfALettersThreadIsFoundByWalkingUp() throws Exception {
        Map<String, String> sample = fixtures.tramDebate();
        transaction.begin();
        try {
            Letter letter = letters.byReference(sample.get("L-120-aldridge")).orElseThrow();
            assertThat(threads.rootOf(letter)).contains(sample.get("A-117-natarajan"));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anEditorConfirmsAndRemovesALink() {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Link Editor", Role.EDITOR);
        Letter letter = fixtures.newLetter("Jo Linker", "I agree with Margaret Osei (no. 120) about the lifts.");

        linking.link(
                letter.reference(),
                version(letter),
                editor.id(),
                sample.get("L-120-osei"),
                ReplyLinkSource.CITATION,
                "no. 120",
                0.8);
        assertThat(statusOfLink(letter, sample.get("L-120-osei"))).isEqualTo(ReplyLinkStatus.CONFIRMED);

        linking.unlink(letter.reference(), version(letter), editor.id(), sample.get("L-120-osei"));
        assertThat(statusOfLink(letter, sample.get("L-120-osei"))).isEqualTo(ReplyLinkStatus.DISMISSED);
    }

    @Test
    void aLinkToAPiecePublishedAfterTheLetterArrivedIsRefused() throws Exception {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Time Keeper", Role.EDITOR);
        String reference = sample.get("L-118-aldridge");

        assertThatThrownBy(() -> linking.link(
                        reference,
                        version(reference),
                        editor.id(),
                        sample.get("L-120-osei"),
                        ReplyLinkSource.EDITOR,
                        null,
                        null))
                .isInstanceOf(DomainException.class)
                .hasMessage(sample.get("L-120-osei") + " was published after " + reference
                        + " arrived, so the letter cannot be answering it.");
    }

    @Test
    void aLinkThatWouldLoopIsRefused() throws Exception {
        Account editor = fixtures.account("Loop Breaker", Role.EDITOR);
        int issue = Fixtures.uniqueIssueNumber();
        Piece first = fixtures.publishedLetter(issue, "First", "Ann One", "Leeds", "First letter.");
        Piece second = fixtures.publishedLetter(issue, "Second", "Bob Two", "York", "Second letter.");
        // Archive data entered by hand can carry any dates: make "second answers first" directly.
        transaction.begin();
        em.persist(
                ReplyLink.confirmed(em.merge(second).letter(), em.merge(first), ReplyLinkSource.EDITOR, Instant.now()));
        transaction.commit();

        assertThatThrownBy(() -> linking.link(
                        first.reference(),
                        version(first.reference()),
                        editor.id(),
                        second.reference(),
                        ReplyLinkSource.EDITOR,
                        null,
                        null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("would make a loop");
        assertThatThrownBy(() -> linking.link(
                        first.reference(),
                        version(first.reference()),
                        editor.id(),
                        first.reference(),
                        ReplyLinkSource.EDITOR,
                        null,
                        null))
                .isInstanceOf(DomainException.class)
                .hasMessage("A letter cannot answer itself.");
    }

    @Test
    void theAuthorOfTheAnsweredPieceIsInvitedAndTheirReplyIsLinked() {
        Map<String, String> sample = fixtures.tramDebate();
        Account editor = fixtures.account("Fair Editor", Role.EDITOR);
        Letter letter = fixtures.newLetter("Critic", "Ms Natarajan is wrong about the trams. " + System.nanoTime());
        linking.link(
                letter.reference(),
                version(letter),
                editor.id(),
                sample.get("A-117-natarajan"),
                ReplyLinkSource.EDITOR,
                null,
                null);

        linking.invite(letter.reference(), version(letter), editor.id(), sample.get("A-117-natarajan"));

        Mailbox.Mail mail = Mailbox.of("priya.natarajan@example.org").await(1, Duration.ofSeconds(20)).stream()
                .filter(m -> m.body().contains(letter.reference()) || m.body().contains("Critic"))
                .reduce((a, b) -> b)
                .orElseThrow();
        String link = mail.link("/write?invitation=");
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(linking.invitationView(token))
                .hasValueSatisfying(view -> assertThat(view.inviteeEmail()).isEqualTo("priya.natarajan@example.org"));

        SubmissionOutcome reply = submissions.submit(
                new LetterDraft(
                        "Priya Natarajan",
                        "Leeds",
                        Fixtures.uniqueEmail("Priya"),
                        null,
                        null,
                        "I stand by what I wrote.",
                        false,
                        List.of(),
                        null,
                        token),
                Fixtures.person());

        Letter replyLetter = ((SubmissionOutcome.Accepted) reply).letter();
        Piece answered = pieces.ofLetter(letters.byReference(letter.reference()).orElseThrow())
                .orElseThrow();
        assertThat(answered.isPublished()).isFalse();
        assertThat(statusOfLink(replyLetter, answered.reference())).isEqualTo(ReplyLinkStatus.CONFIRMED);
        assertThat(linking.invitationView(token))
                .as("an invitation is used once")
                .isEmpty();
    }

    private int version(Letter letter) {
        return version(letter.reference());
    }

    private int version(String reference) {
        return letters.byReference(reference).orElseThrow().version();
    }

    private ReplyLinkStatus statusOfLink(Letter letter, String pieceReference) {
        return em.createQuery(
                        "select r.status from ReplyLink r where r.letter.reference = :letter and r.piece.reference = :piece",
                        ReplyLinkStatus.class)
                .setParameter("letter", letter.letterReference())
                .setParameter("piece", pieceReference)
                .getSingleResult();
    }
}
