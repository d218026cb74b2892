package org.postbag.archive.records;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.archive.wxr.SignOff;
import org.postbag.letter.LetterText;

/**
 * Reads CSV (one row per record, a {@code type} column of issue, article or letter) or JSON
 * (arrays {@code issues}, {@code articles}, {@code letters}) into an import plan. A row that
 * cannot be placed (no key, no text, an unknown issue, a date that is not one) is reported by
 * its line, and the rest are imported; a file that is not CSV or JSON at all is refused.
 */
public final class Records {

    /** The columns of the CSV layout, in order; the header row must name them. */
    public static final List<String> COLUMNS =
            List.of("type", "key", "issue", "title", "author", "town", "date", "url", "position", "reply_to", "text");

    private Records() {}

    /** One record, whichever file it came from. */
    record Row(String where, Map<String, String> values) {
        String get(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public static ImportPlan csv(byte[] file) throws ImportProblem {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(false)
                .get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().containsAll(List.of("type", "key", "text"))) {
                throw new ImportProblem("This CSV file does not have the columns of an archive ("
                        + String.join(", ", COLUMNS) + "). Nothing was imported.");
            }
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : COLUMNS) {
                    values.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new Row("line " + parser.getCurrentLineNumber(), values));
            }
        } catch (IOException
                | IllegalArgumentException
                | IllegalStateException
                | java.io.UncheckedIOException failure) {
            throw new ImportProblem(
                    "The CSV file could not be read: " + failure.getMessage() + ". Nothing was imported.", failure);
        }
        return plan(rows);
    }

    public static ImportPlan json(byte[] file) throws ImportProblem {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException failure) {
            throw new ImportProblem(
                    "The JSON file could not be read: it is not one JSON object. Nothing was imported.", failure);
        }
        List<Row> rows = new ArrayList<>();
        for (String type : List.of("issue", "article", "letter")) {
            JsonValue list = root.get(type + "s");
            if (list == null) {
                continue;
            }
            if (!(list instanceof JsonArray array)) {
                throw new ImportProblem("\"" + type + "s\" must be a list. Nothing was imported.");
            }
            int index = 0;
            for (JsonValue value : array) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("type", type);
                if (value instanceof JsonObject object) {
                    for (String column : COLUMNS) {
                        JsonValue field = object.get(column.equals("reply_to") ? "replyTo" : column);
                        values.put(
                                column,
                                field instanceof JsonString s
                                        ? s.getString()
                                        : field instanceof JsonNumber n ? n.toString() : null);
                    }
                    values.put("type", type);
                }
                rows.add(new Row(type + "s[" + index++ + "]", values));
            }
        }
        return plan(rows);
    }

    private static ImportPlan plan(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        Map<Integer, ImportPlan.PlannedIssue> issues = new LinkedHashMap<>();
        List<ImportPlan.PlannedArticle> articles = new ArrayList<>();
        List<ImportPlan.PlannedLetter> letters = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Row row : rows) {
            if ("issue".equals(row.get("type"))) {
                Integer number = number(row.get("issue"));
                LocalDate date = date(row.get("date"));
                if (number == null || number <= 0 || date == null || row.get("title") == null) {
                    problems.add(row.where() + ": an issue needs a number, a title and a date (2026-07-01)");
                } else {
                    issues.put(
                            number,
                            new ImportPlan.PlannedIssue(number, LetterText.normaliseLine(row.get("title")), date));
                }
            }
        }
        for (Row row : rows) {
            String type = row.get("type");
            if ("issue".equals(type)) {
                continue;
            }
            String key = row.get("key");
            String text = row.get("text") == null ? "" : LetterText.normalise(row.get("text"));
            Integer issue = number(row.get("issue"));
            LocalDate date = date(row.get("date"));
            if (!"article".equals(type) && !"letter".equals(type)) {
                problems.add(row.where() + ": the type must be issue, article or letter");
                continue;
            }
            if (key == null || !keys.add(key)) {
                problems.add(row.where() + (key == null ? ": no key" : ": the key " + key + " is used twice")
                        + "; not imported");
                continue;
            }
            if (issue != null && !issues.containsKey(issue)) {
                problems.add(row.where() + ": issue " + issue + " is not in the file; not imported");
                continue;
            }
            if (date == null && issue == null) {
                problems.add(row.where() + ": give a date (2026-07-01) or an issue; not imported");
                continue;
            }
            LocalDate day = date != null ? date : issues.get(issue).coverDate();
            String title = row.get("title") == null ? null : LetterText.normaliseLine(row.get("title"));
            String author = row.get("author") == null ? null : LetterText.normaliseLine(row.get("author"));
            if (type.equals("article")) {
                if (title == null || author == null) {
                    problems.add(row.where() + ": an article needs a title and an author; not imported");
                    continue;
                }
                articles.add(new ImportPlan.PlannedArticle(
                        List.of("rec:" + key),
                        title,
                        author,
                        issue,
                        day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        row.get("url"),
                        text.isBlank() ? null : text));
            } else {
                String town = row.get("town") == null ? "" : LetterText.normaliseLine(row.get("town"));
                if (author == null || text.isBlank()) {
                    problems.add(row.where() + ": a letter needs its writer (author) and its text; not imported");
                    continue;
                }
                if (town.isEmpty()) {
                    town = SignOff.parse(author).map(SignOff::town).orElse("");
                    author = SignOff.parse(author).map(SignOff::name).orElse(author);
                }
                Integer position = number(row.get("position"));
                letters.add(new ImportPlan.PlannedLetter(
                        List.of("rec:" + key),
                        title,
                        author,
                        town,
                        null,
                        issue,
                        issue == null ? null : position == null ? letters.size() + 1 : position,
                        day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        text,
                        row.get("reply_to") == null ? null : "rec:" + row.get("reply_to"),
                        row.where()));
            }
        }
        for (ImportPlan.PlannedLetter letter : letters) {
            if (letter.replyTo() != null && !keys.contains(letter.replyTo().substring(4))) {
                problems.add(
                        letter.source() + ": it answers " + letter.replyTo().substring(4)
                                + ", which is not in the file; the letter is imported without that link");
            }
        }
        return ImportPlan.of(List.copyOf(issues.values()), articles, letters, problems);
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null
                    ? null
                    : LocalDate.parse(
                            value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
