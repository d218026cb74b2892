package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionScopeTest {

    @Test
    void anUnlimitedScopeHoldsEveryLetterAndAddsNoCondition() {
        assertThat(SectionScope.ALL.includes(7L)).isTrue();
        assertThat(SectionScope.ALL.includes(null)).isTrue();
        assertThat(SectionScope.ALL.sql("l.section_id")).isEmpty();
    }

    @Test
    void aLimitedScopeHoldsItsSectionsOnlyAndNeverALetterInNone() {
        SectionScope scope = SectionScope.only(Set.of(3L, 1L));
        assertThat(scope.includes(1L)).isTrue();
        assertThat(scope.includes(2L)).isFalse();
        assertThat(scope.includes(null)).isFalse();
        assertThat(scope.sql("l.section_id")).isEqualTo(" AND l.section_id IN (1, 3)");
        assertThat(SectionScope.NONE.includes(null)).isFalse();
        assertThat(SectionScope.NONE.sql("l.section_id")).isEqualTo(" AND false");
    }

    @Test
    void anAdminIsNeverLimitedWhateverWasSet() {
        Account editor = new Account("ed@example.org", "Ed", EnumSet.of(Role.EDITOR), Instant.now());
        assertThat(editor.sectionScope()).isEqualTo(SectionScope.ALL);
        editor.limitToSections(Set.of(4L));
        assertThat(editor.sectionScope()).isEqualTo(SectionScope.only(Set.of(4L)));
        editor.changeRoles(EnumSet.of(Role.EDITOR, Role.ADMIN));
        assertThat(editor.sectionScope()).isEqualTo(SectionScope.ALL);
    }
}
