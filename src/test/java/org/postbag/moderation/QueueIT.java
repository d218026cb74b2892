package org.postbag.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.letter.FlagKind;
import org.postbag.letter.Letter;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The queue against real data: keyset pages that neither skip nor repeat, tabs, filters and
 * full-text search. Each test searches for a word of its own, so other tests' letters never
 * get in the way.
 */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(QueueIT.class);
    }

    @Inject
    Queue queue;

    @Inject
    Moderation moderation;

    @Inject
    Letters letters;

    @Inject
    Fixtures fixtures;

    private static String word() {
        return "qz" + Long.toString(System.nanoTime(), 36);
    }

    private List<Letter> letters(String word, int count) {
        List<Letter> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(fixtures.newLetter("Writer " + i, "Letter " + i + " about " + word + " and the trams."));
        }
        return made;
    }

    private static QueueFilter search(QueueTab tab, String word, boolean newestFirst) {
        return new QueueFilter(tab, word, null, null, null, null, newestFirst);
    }

    @Test
    void keysetPagesWalkTheWholeTabOnceInOrderBothWays() {
        Account editor = fixtures.account("Page Turner", Role.EDITOR);
        String word = word();
        List<String> made = letters(word, 120).stream().map(Letter::reference).toList();

        List<String> seen = new ArrayList<>();
        QueuePage page = queue.page(search(QueueTab.NEW, word, false), editor.id(), null);
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            sizes.add(page.rows().size());
            page.rows().forEach(row -> seen.add(row.reference()));
            if (page.next() == null) {
                break;
            }
            page = queue.page(search(QueueTab.NEW, word, false), editor.id(), page.next());
        }
        assertThat(sizes).containsExactly(50, 50, 20);
        assertThat(seen).containsExactlyElementsOf(made);

        QueuePage back = queue.pageBefore(search(QueueTab.NEW, word, false), editor.id(), page.previous());
        assertThat(back.rows()).extracting(QueueRow::reference).containsExactlyElementsOf(made.subList(50, 100));

        QueuePage newest = queue.page(search(QueueTab.NEW, word, true), editor.id(), null);
        assertThat(newest.rows().get(0).reference()).isEqualTo(made.get(119));
        assertThat(newest.previous()).isNull();
    }

    @Test
    void aClaimedLetterLeavesNewForMine() {
        Account editor = fixtures.account("Claire Claimer", Role.EDITOR);
        String word = word();
        List<Letter> made = letters(word, 3);
        Letter claimed = made.get(1);
        // Counted now and kept by the server: the claim must make it count again.
        assertThat(queue.counts(editor.id()).get(QueueTab.MINE)).isZero();

        moderation.claim(
                claimed.reference(),
                letters.byReference(claimed.reference()).orElseThrow().version(),
                editor.id());

        assertThat(references(QueueTab.NEW, word, editor))
                .containsExactly(made.get(0).reference(), made.get(2).reference());
        assertThat(references(QueueTab.MINE, word, editor)).containsExactly(claimed.reference());
        assertThat(references(QueueTab.ALL, word, editor)).hasSize(3);
        assertThat(queue.counts(editor.id()).get(QueueTab.MINE)).isEqualTo(1);
    }

    @Test
    void theTabsFollowTheDecisions() {
        Account editor = fixtures.account("Tab Tester", Role.EDITOR);
        String word = word();
        List<Letter> made = letters(word, 3);

        moderation.approve(made.get(0).reference(), version(made.get(0)), editor.id());
        moderation.markSpam(made.get(1).reference(), version(made.get(1)), editor.id());
        moderation.hold(made.get(2).reference(), version(made.get(2)), editor.id(), "Check");

        assertThat(references(QueueTab.NEW, word, editor)).isEmpty();
        assertThat(references(QueueTab.APPROVED, word, editor))
                .containsExactly(made.get(0).reference());
        assertThat(references(QueueTab.SPAM, word, editor))
                .containsExactly(made.get(1).reference());
        assertThat(references(QueueTab.HELD, word, editor))
                .containsExactly(made.get(2).reference());
    }

    @Test
    void searchFindsWordsOfTheTextAndTheWritersName() {
        Account editor = fixtures.account("Sid Searcher", Role.EDITOR);
        String word = word();
        Letter letter = fixtures.newLetter("Hermione " + word, "Step-free access at Frizinghall, please.");

        assertThat(references(QueueTab.ALL, word, editor)).containsExactly(letter.reference());
        assertThat(queue.page(search(QueueTab.ALL, "frizinghall " + word, false), editor.id(), null)
                        .rows())
                .extracting(QueueRow::reference)
                .containsExactly(letter.reference());
    }

    @Test
    void filtersNarrowByFlagAndDate() {
        Account editor = fixtures.account("Fil Filter", Role.EDITOR);
        String word = word();
        Letter longOne = fixtures.newLetter("Long Writer", word + " " + "many words ".repeat(200));
        fixtures.newLetter("Short Writer", word + " few words");

        QueueFilter overLength = new QueueFilter(QueueTab.ALL, word, FlagKind.OVER_LENGTH, null, null, null, false);
        assertThat(queue.page(overLength, editor.id(), null).rows())
                .extracting(QueueRow::reference)
                .containsExactly(longOne.reference());

        QueueFilter future =
                new QueueFilter(QueueTab.ALL, word, null, null, Instant.now().plusSeconds(3600), null, false);
        assertThat(queue.page(future, editor.id(), null).rows()).isEmpty();
    }

    @Test
    void aRowSaysWhatTheDeskNeedsToSee() {
        Account editor = fixtures.account("Row Reader", Role.EDITOR);
        String word = word();
        Letter letter = fixtures.newLetter("Margaret Osei", word + " lifts and level boarding, not new livery.");
        moderation.claim(letter.reference(), version(letter), editor.id());

        QueueRow row = queue.page(search(QueueTab.MINE, word, false), editor.id(), null)
                .rows()
                .get(0);

        assertThat(row.reference()).isEqualTo(letter.reference());
        assertThat(row.headline()).startsWith(word + " lifts and level boarding");
        assertThat(row.author()).isEqualTo("Margaret Osei, Leeds");
        assertThat(row.heldBy()).isEqualTo("Row Reader");
        assertThat(row.receivedAt()).isNotNull();
    }

    private int version(Letter letter) {
        return letters.byReference(letter.reference()).orElseThrow().version();
    }

    private List<String> references(QueueTab tab, String word, Account editor) {
        return queue.page(search(tab, word, false), editor.id(), null).rows().stream()
                .map(QueueRow::reference)
                .toList();
    }
}
