package org.postbag.archive;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Hashing;

/**
 * An export sent from the browser in parts, each small enough for the request limits, appended
 * to a file on the server until it is whole. Only an admin starts one (the web layer checks),
 * each upload belongs to the admin who started it, declares its size up front (at most
 * POSTBAG_IMPORT_MAX_BYTES), takes its parts in order, and is deleted when imported, replaced
 * or left for an hour. A few uploads at most are open at once, so nobody can fill the disk.
 */
@ApplicationScoped
public class StagedUploads {

    /** The largest part: well under the 1 MiB a request body may be. */
    public static final int PART_BYTES = 512 * 1024;

    static final int MOST_OPEN = 4;
    static final Duration LEFT = Duration.ofHours(1);

    private record Upload(String admin, String fileName, long size, Path file, long received, Instant touched) {}

    private final Map<String, Upload> open = new ConcurrentHashMap<>();

    @Inject
    private ArchiveImport archiveImport;

    @Inject
    private Clock clock;

    /** An upload of {@code size} bytes; its id, which only this admin can send parts to. */
    public synchronized String begin(String admin, String fileName, long size) throws ImportProblem {
        sweep();
        if (size <= 0) {
            throw new ImportProblem("The file is empty.");
        }
        if (size > archiveImport.maxBytes()) {
            throw new ImportProblem("The file is larger than the " + (archiveImport.maxBytes() >> 20)
                    + " MB an import may be. Nothing was imported.");
        }
        open.entrySet().removeIf(entry -> entry.getValue().admin().equals(admin) && delete(entry.getValue()));
        if (open.size() >= MOST_OPEN) {
            throw new ImportProblem("Other admins are uploading exports just now. Try again in a few minutes.");
        }
        String id = Hashing.newToken();
        try {
            Path file = Files.createTempFile("postbag-import-", ".part");
            open.put(id, new Upload(admin, name(fileName), size, file, 0, clock.instant()));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return id;
    }

    /**
     * Appends the part that starts at {@code offset}; returns how much has arrived. A part sent
     * again (a retry after a lost answer) is taken once.
     */
    public synchronized long append(String admin, String id, long offset, InputStream part) throws ImportProblem {
        Upload upload = mine(admin, id);
        if (offset != upload.received()) {
            if (offset < upload.received()) {
                return upload.received();
            }
            throw new ImportProblem(
                    "A part is missing: the upload has " + upload.received() + " bytes. Send the file again.");
        }
        try {
            byte[] bytes = part.readNBytes(PART_BYTES + 1);
            if (bytes.length > PART_BYTES || upload.received() + bytes.length > upload.size()) {
                forget(id);
                throw new ImportProblem("The parts are larger than the file said it was. Send the file again.");
            }
            try (OutputStream out = Files.newOutputStream(upload.file(), StandardOpenOption.APPEND)) {
                out.write(bytes);
            }
            Upload now = new Upload(
                    admin,
                    upload.fileName(),
                    upload.size(),
                    upload.file(),
                    upload.received() + bytes.length,
                    clock.instant());
            open.put(id, now);
            return now.received();
        } catch (IOException failure) {
            forget(id);
            throw new ImportProblem("The part could not be kept on the server. Send the file again.");
        }
    }

    /** The name the file was sent under, once every part has arrived. */
    public Optional<String> complete(String admin, String id) {
        Upload upload = open.get(id == null ? "" : id);
        return upload != null && upload.admin().equals(admin) && upload.received() == upload.size()
                ? Optional.of(upload.fileName())
                : Optional.empty();
    }

    /** The whole file, for the preview and the job. */
    byte[] read(String admin, String id) throws ImportProblem {
        Upload upload = mine(admin, id);
        if (upload.received() != upload.size()) {
            throw new ImportProblem("The upload is not complete. Send the file again.");
        }
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException failure) {
            throw new ImportProblem("The upload could not be read on the server. Send the file again.");
        }
    }

    public synchronized void forget(String id) {
        Optional.ofNullable(open.remove(id == null ? "" : id)).ifPresent(StagedUploads::delete);
    }

    private Upload mine(String admin, String id) throws ImportProblem {
        Upload upload = open.get(id == null ? "" : id);
        if (upload == null || !upload.admin().equals(admin)) {
            throw new ImportProblem(
                    "This upload is not known (it was finished, or left for over an hour). Send the file again.");
        }
        return upload;
    }

    /** Deletes the uploads left for an hour; the import runner calls it as it looks for jobs. */
    synchronized void sweep() {
        Instant now = clock.instant();
        open.entrySet()
                .removeIf(entry -> entry.getValue().touched().plus(LEFT).isBefore(now) && delete(entry.getValue()));
    }

    @PreDestroy
    void close() {
        open.values().forEach(StagedUploads::delete);
        open.clear();
    }

    private static boolean delete(Upload upload) {
        try {
            Files.deleteIfExists(upload.file());
        } catch (IOException ignored) {
            // A temporary file: the system's own clean-up takes it.
        }
        return true;
    }

    private static String name(String fileName) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        return name.isEmpty() ? "export.xml" : name.length() > 200 ? name.substring(0, 200) : name;
    }
}
