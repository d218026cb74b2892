package org.postbag.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriterExportTest {

    private static final Instant SENT = Instant.parse("2026-06-09T18:02:00Z");

    private static WriterExport.Export export() {
        WriterExport.Letter letter = new WriterExport.Letter(
                "L-2026-00042",
                "PUBLISHED",
                SENT,
                null,
                "Tom Aldridge",
                "Halifax",
                false,
                "tom@example.net",
                null,
                "Trams",
                null,
                "The ceiling is where the passengers live.",
                7L,
                "a1b2",
                List.of(new WriterExport.Flag("LINKS", "two links")),
                List.of(),
                List.of(new WriterExport.Event(SENT, "RECEIVED", null, "UNCONFIRMED", "Postbag", null)),
                List.of(),
                List.of(),
                List.of(new WriterExport.Published(
                        "P-1", "Trams", "Tom Aldridge, Halifax", "The ceiling.", SENT, null)));
        return new WriterExport.Export(
                "tom@example.net",
                "The Northern Review",
                SENT.plusSeconds(60),
                WriterExport.EXPLANATION,
                List.of(letter),
                List.of(new WriterExport.Email(SENT, null, "SENT", "Your letter", "Dear Tom")),
                List.of(),
                List.of());
    }

    @Test
    void everyFieldIsWrittenEvenWhenTheDeskHoldsNothingThere() {
        JsonObject json = read(WriterExport.toJson(export()));

        JsonObject letter = json.getJsonArray("letters").getJsonObject(0);
        assertThat(letter.isNull("confirmedAt")).isTrue();
        assertThat(letter.isNull("contactDetails")).isTrue();
        assertThat(letter.getJsonArray("history").getJsonObject(0).isNull("from"))
                .isTrue();
        assertThat(letter.getJsonArray("published").getJsonObject(0).isNull("issue"))
                .isTrue();
        assertThat(json.getJsonArray("emails").getJsonObject(0).isNull("sentAt"))
                .isTrue();
        assertThat(json.getJsonArray("articles")).isEmpty();
    }

    @Test
    void timesAreInstantsNumbersAreNumbersAndNamesAreTheRecordsOwn() {
        JsonObject json = read(WriterExport.toJson(export()));
        JsonObject letter = json.getJsonArray("letters").getJsonObject(0);

        assertThat(json.getString("exportedAt")).isEqualTo("2026-06-09T18:03:00Z");
        assertThat(letter.getString("receivedAt")).isEqualTo("2026-06-09T18:02:00Z");
        assertThat(letter.getJsonNumber("words").longValue()).isEqualTo(7);
        assertThat(letter.getBoolean("nameWithheld")).isFalse();
        assertThat(letter.getString("answers", "absent")).isEqualTo("absent");
        assertThat(letter.getJsonArray("flags").getJsonObject(0).getString("reason"))
                .isEqualTo("two links");
        assertThat(json.getString("explanation")).startsWith("Everything the letters desk holds");
    }

    @Test
    void fieldsComeInTheOrderTheRecordsDeclareThem() {
        String text = new String(WriterExport.toJson(export()), StandardCharsets.UTF_8);

        assertThat(read(WriterExport.toJson(export())).keySet())
                .containsExactly(
                        "about",
                        "magazine",
                        "exportedAt",
                        "explanation",
                        "letters",
                        "emails",
                        "invitationsToReply",
                        "articles");
        assertThat(text.indexOf("\"reference\"")).isLessThan(text.indexOf("\"status\""));
        assertThat(text.indexOf("\"text\"")).isLessThan(text.indexOf("\"words\""));
        assertThat(text).as("indented, for a person to read").contains("\n    ");
    }

    private static JsonObject read(byte[] json) {
        return Json.createReader(new ByteArrayInputStream(json)).readObject();
    }
}
