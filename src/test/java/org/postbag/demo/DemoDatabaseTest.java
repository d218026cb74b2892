package org.postbag.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postbag.demo.DemoDatabase.Outcome;

class DemoDatabaseTest {

    @Test
    void demoModeFillsOnlyAnEmptyDatabaseOrTheOneItFilledBefore() {
        assertThat(Outcome.decide(true, false, true)).isEqualTo(Outcome.DEMO);
        assertThat(Outcome.decide(true, true, false)).isEqualTo(Outcome.DEMO);
        assertThat(Outcome.decide(true, false, false)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void withoutDemoModeNoDatabaseIsTheDemos() {
        assertThat(Outcome.decide(false, true, false)).isEqualTo(Outcome.NORMAL);
        assertThat(Outcome.decide(false, false, true)).isEqualTo(Outcome.NORMAL);
        assertThat(Outcome.decide(false, false, false)).isEqualTo(Outcome.NORMAL);
    }
}
