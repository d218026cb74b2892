package org.postbag.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCursorTest {

    @Test
    void aCursorSurvivesItsTokenToTheMicrosecond() {
        var cursor = new AuditTrail.Cursor(Instant.parse("2026-12-02T15:07:16.123456Z"), AuditTrail.Trail.ADMIN, 4211);

        assertThat(AuditTrail.Cursor.parse(cursor.token())).contains(cursor);
    }

    @Test
    void aMadeUpTokenIsNoCursor() {
        assertThat(AuditTrail.Cursor.parse("1-X-3")).isEmpty();
        assertThat(AuditTrail.Cursor.parse("<script>")).isEmpty();
        assertThat(AuditTrail.Cursor.parse("9".repeat(40) + "-L-1")).isEmpty();
        assertThat(AuditTrail.Cursor.parse(null)).isEmpty();
    }

    @Test
    void adminActionsReadAsWords() {
        assertThat(AuditTrail.label("SETTING_CHANGED")).isEqualTo("Setting changed");
        assertThat(AuditTrail.label("APPROVED")).isEqualTo("Approved");
        assertThat(AuditTrail.label("import started")).isEqualTo("Import started");
    }
}
