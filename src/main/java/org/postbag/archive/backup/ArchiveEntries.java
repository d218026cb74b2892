package org.postbag.archive.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reading the archive's entries one after another from a stream: each read error becomes a
 * sentence saying the file is cut short or damaged, each row is checked against the manifest.
 */
final class ArchiveEntries {

    private static final long MAX_MANIFEST_CHARS = 4 << 20;

    private ArchiveEntries() {}

    @FunctionalInterface
    interface RowHandler {
        void accept(List<String> row) throws SQLException;
    }

    static long readLines(ZipInputStream zip, Manifest.Table table, RowHandler handler)
            throws SQLException, ArchiveProblem {
        BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
        long count = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                count++;
                List<String> row;
                try {
                    row = JsonLines.parseRow(line);
                } catch (IllegalArgumentException e) {
                    throw new ArchiveProblem(
                            "Row " + count + " of " + table.name() + " cannot be read (" + e.getMessage() + ")");
                }
                if (row.size() != table.columns().size()) {
                    throw new ArchiveProblem("Row " + count + " of " + table.name() + " has " + row.size()
                            + " values where the manifest names "
                            + table.columns().size() + " columns");
                }
                handler.accept(row);
            }
        } catch (IOException e) {
            throw cutShort(e);
        } catch (NumberFormatException e) {
            throw new ArchiveProblem("Row " + count + " of " + table.name() + " holds a number that is none");
        }
        return count;
    }

    static ZipEntry next(ZipInputStream zip) throws ArchiveProblem {
        try {
            return zip.getNextEntry();
        } catch (IOException e) {
            throw cutShort(e);
        }
    }

    static String readAll(ZipInputStream zip) throws ArchiveProblem {
        StringBuilder text = new StringBuilder();
        try {
            InputStreamReader reader = new InputStreamReader(zip, StandardCharsets.UTF_8);
            char[] buffer = new char[8192];
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                text.append(buffer, 0, read);
                if (text.length() > MAX_MANIFEST_CHARS) {
                    throw new ArchiveProblem("The archive's manifest is far larger than any Postbag writes");
                }
            }
        } catch (IOException e) {
            throw cutShort(e);
        }
        return text.toString();
    }

    static ArchiveProblem cutShort(IOException e) {
        return new ArchiveProblem(
                "The archive cannot be read to its end (" + firstLine(e.getMessage())
                        + "): it is cut short or damaged, and nothing was restored",
                e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
