package org.postbag.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void findsACauseUnderWrapping() {
        Throwable wrapped =
                new RuntimeException("transaction", new IllegalStateException("bean", new OptimisticLockException()));
        assertThat(Causes.any(wrapped, OptimisticLockException.class::isInstance))
                .isTrue();
        assertThat(Conflicts.isConcurrentChange(wrapped)).isTrue();
        assertThat(Causes.any(wrapped, IllegalArgumentException.class::isInstance))
                .isFalse();
        assertThat(Conflicts.isConcurrentChange(new RuntimeException("other"))).isFalse();
    }

    @Test
    void endsOnAChainThatLoopsBackOnItself() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(Causes.any(first, IllegalStateException.class::isInstance)).isFalse();
        assertThat(Causes.any(null, cause -> true)).isFalse();
    }
}
