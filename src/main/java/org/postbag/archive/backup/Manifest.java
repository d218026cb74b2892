package org.postbag.archive.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The archive's manifest as read back, checked for the format and its version. */
record Manifest(String schemaVersion, String exportedAt, List<Table> tables, Map<String, Long> sequences) {

    record Table(String name, List<Catalog.Column> columns) {}

    static Manifest parse(String text) throws ArchiveProblem {
        Object parsed;
        try {
            parsed = JsonLines.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ArchiveProblem(
                    "This is not a Postbag archive: its manifest is not JSON (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?> map) || !ArchiveFormat.FORMAT.equals(map.get("format"))) {
            throw new ArchiveProblem(
                    "This is not a Postbag archive: its manifest does not name the format " + ArchiveFormat.FORMAT);
        }
        if (!(map.get("formatVersion") instanceof Long version)) {
            throw new ArchiveProblem("The archive's manifest gives no format version");
        }
        if (version != ArchiveFormat.VERSION) {
            throw new ArchiveProblem("The archive is of format version " + version + "; this Postbag reads version "
                    + ArchiveFormat.VERSION
                    + (version > ArchiveFormat.VERSION ? ": restore it with a newer Postbag" : ""));
        }
        try {
            List<Table> tables = new ArrayList<>();
            for (Object table : (List<?>) map.get("tables")) {
                Map<?, ?> entry = (Map<?, ?>) table;
                List<Catalog.Column> columns = new ArrayList<>();
                for (Object column : (List<?>) entry.get("columns")) {
                    List<?> pair = (List<?>) column;
                    columns.add(new Catalog.Column((String) pair.get(0), (String) pair.get(1), true));
                }
                String name = (String) entry.get("name");
                if (name == null || !name.matches("[a-z_][a-z0-9_]*") || columns.isEmpty()) {
                    throw new ArchiveProblem("The archive's manifest names a table wrongly: " + name);
                }
                tables.add(new Table(name, columns));
            }
            Map<String, Long> sequences = new LinkedHashMap<>();
            for (Map.Entry<?, ?> sequence : ((Map<?, ?>) map.get("sequences")).entrySet()) {
                sequences.put((String) sequence.getKey(), (Long) sequence.getValue());
            }
            return new Manifest((String) map.get("schemaVersion"), (String) map.get("exportedAt"), tables, sequences);
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new ArchiveProblem("The archive's manifest is not laid out as Postbag writes it");
        }
    }
}
