package org.postbag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomaticMailTest {

    @Test
    void aPersonsLetterIsNotAutomatic() {
        assertThat(AutomaticMail.reason(Map.of("auto-submitted", List.of("no")), "text/plain", "ann@example.org"))
                .isEmpty();
        assertThat(AutomaticMail.reason(Map.of(), "text/plain", "ann@example.org"))
                .isEmpty();
    }

    @Test
    void autoRepliesBouncesAndListsAreRecognised() {
        assertThat(AutomaticMail.reason(Map.of("auto-submitted", List.of("auto-replied")), "text/plain", "a@b.org"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Auto-Submitted: auto-replied"));
        assertThat(AutomaticMail.reason(Map.of(), "multipart/report; report-type=delivery-status", "a@b.org"))
                .isPresent();
        assertThat(AutomaticMail.reason(Map.of(), "text/plain", "MAILER-DAEMON@mx.example.org"))
                .isPresent();
        assertThat(AutomaticMail.reason(Map.of("return-path", List.of("<>")), "text/plain", "a@b.org"))
                .isPresent();
        assertThat(AutomaticMail.reason(Map.of("precedence", List.of("bulk")), "text/plain", "a@b.org"))
                .isPresent();
        assertThat(AutomaticMail.reason(Map.of("precedence", List.of("first-class")), "text/plain", "a@b.org"))
                .isEmpty();
        assertThat(AutomaticMail.reason(
                        Map.of("list-id", List.of("<trams.lists.example.org>")), "text/plain", "a@b.org"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("trams.lists.example.org"));
        assertThat(AutomaticMail.reason(Map.of("x-autoreply", List.of("yes")), "text/plain", "a@b.org"))
                .isPresent();
    }
}
