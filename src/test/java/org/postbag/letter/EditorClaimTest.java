package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.DomainException;

class EditorClaimTest {

    private static final Instant AT = Instant.parse("2026-06-10T09:00:00Z");

    private final Account ruth = editor("ruth", "Ruth Penhale");
    private final Account omar = editor("omar", "Omar Haddad");

    @Test
    void aClaimAlwaysNamesItsEditorAndTime() {
        assertThatThrownBy(() -> new EditorClaim(null, AT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EditorClaim(ruth, null)).isInstanceOf(NullPointerException.class);

        EditorClaim claim = new EditorClaim(ruth, AT);

        assertThat(claim.editor()).isEqualTo(ruth);
        assertThat(claim.at()).isEqualTo(AT);
        assertThat(claim.isBy(ruth)).isTrue();
        assertThat(claim.isBy(omar)).isFalse();
    }

    @Test
    void onlyTheHolderOrTheSystemMayActOnAHeldLetter() {
        EditorClaim claim = new EditorClaim(ruth, AT);

        EditorClaim.requireFreeOrHeldBy(claim, ruth, "L-2026-00042", "letter.heldBy.takeOverFirst");
        EditorClaim.requireFreeOrHeldBy(claim, null, "L-2026-00042", "letter.heldBy.takeOverFirst");
        EditorClaim.requireFreeOrHeldBy(null, omar, "L-2026-00042", "letter.heldBy.takeOverFirst");
        assertThatThrownBy(() ->
                        EditorClaim.requireFreeOrHeldBy(claim, omar, "L-2026-00042", "letter.heldBy.takeOverFirst"))
                .isInstanceOf(DomainException.class)
                .hasMessage(
                        "Letter L-2026-00042 is held by Ruth Penhale. Take it over first if you want to act on it.");
    }

    @Test
    void aLetterHeldByOneEditorIsTakenOverByAnotherExplicitly() {
        Letter letter = LetterTest.letter();
        letter.confirm(AT);
        letter.claim(ruth, AT);

        assertThatThrownBy(() -> letter.claim(omar, AT.plusSeconds(60)))
                .hasMessage("Letter L-2026-00042 is held by Ruth Penhale. Take it over to work on it.");
        assertThatThrownBy(() -> letter.release(omar))
                .hasMessage("Letter L-2026-00042 is held by Ruth Penhale, so only they can release it."
                        + " Take it over first.");

        Account previous = letter.takeOver(omar, AT.plusSeconds(120));

        assertThat(previous).isEqualTo(ruth);
        assertThat(letter.claim()).hasValueSatisfying(claim -> {
            assertThat(claim.editor()).isEqualTo(omar);
            assertThat(claim.at()).isEqualTo(AT.plusSeconds(120));
        });
        letter.release(omar);
        assertThat(letter.claim()).isEmpty();
    }

    @Test
    void aDecisionReleasesTheLetter() {
        Letter letter = LetterTest.letter();
        letter.confirm(AT);
        letter.claim(ruth, AT);

        letter.hold(ruth);

        assertThat(letter.claim()).isEmpty();
    }

    private static Account editor(String username, String name) {
        return new Account(username + "@example.net", name, EnumSet.of(Role.EDITOR), Instant.EPOCH);
    }
}
