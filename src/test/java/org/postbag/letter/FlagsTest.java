package org.postbag.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlagsTest {

    private static final Flag LINKS = new Flag(FlagKind.LINKS, "6 links, more than 3");
    private static final Flag QUOTE = new Flag(FlagKind.QUOTATION, "A quotation not found in no. 117");

    @Test
    void flagsAreKeptOnceInTheOrderTheyWereNoticed() {
        Flags flags = new Flags();

        flags.add(List.of(LINKS, QUOTE));
        flags.add(List.of(LINKS));

        assertThat(flags.all()).containsExactly(LINKS, QUOTE);
        assertThat(flags.has(FlagKind.LINKS)).isTrue();
        assertThat(flags.has(FlagKind.CAMPAIGN)).isFalse();
    }

    @Test
    void aCheckRunAgainReplacesOnlyItsOwnKind() {
        Flags flags = new Flags();
        flags.add(List.of(LINKS, QUOTE));
        Flag again = new Flag(FlagKind.QUOTATION, "A quotation not found in no. 118");

        flags.replace(FlagKind.QUOTATION, List.of(again));

        assertThat(flags.all()).containsExactly(LINKS, again);

        flags.replace(FlagKind.QUOTATION, List.of());

        assertThat(flags.all()).containsExactly(LINKS);
    }
}
