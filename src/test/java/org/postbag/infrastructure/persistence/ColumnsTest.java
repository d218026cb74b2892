package org.postbag.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:30:00.123456Z");

    @Test
    void everyTypeADriverHandsBackIsTheSameInstant() {
        assertThat(Columns.instant(AT)).isEqualTo(AT);
        assertThat(Columns.instant(AT.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(AT);
        assertThat(Columns.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC)))
                .isEqualTo(AT);
        assertThat(Columns.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(Columns.instant(null)).isNull();
    }

    @Test
    void somethingElseIsAMistakeThatSaysWhat() {
        assertThatThrownBy(() -> Columns.instant("2026-12-02"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }
}
