package org.postbag.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.infrastructure.Config;

/**
 * The folder on the server (POSTBAG_IMPORT_DIR) that an export too large for a web form is
 * copied into. Only regular files directly in it are offered, and a name is resolved so that
 * nothing outside it can be read: no separators, no "..", and a symbolic link only when its
 * target is in the folder too. The folder is read when asked, so a file copied in shows at once.
 */
@ApplicationScoped
public class ImportFolder {

    private static final Logger LOG = Logger.getLogger(ImportFolder.class.getName());

    static final String SETTING = "POSTBAG_IMPORT_DIR";

    /** A file the admin may import, as the page lists it. */
    public record ServerFile(String name, long size, Instant modified) {}

    @Inject
    private Config config;

    /** The folder, when one is set and it exists; its real path, links resolved. */
    public Optional<Path> folder() {
        return config.value(SETTING).flatMap(ImportFolder::realFolder);
    }

    public boolean configured() {
        return config.value(SETTING).isPresent();
    }

    /** The files in the folder, by name; empty when none is set or it cannot be read. */
    public List<ServerFile> files() {
        return folder().map(ImportFolder::files).orElse(List.of());
    }

    /** The regular files directly in a folder (given by its real path), by name. */
    static List<ServerFile> files(Path folder) {
        List<ServerFile> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                inside(folder, entry)
                        .ifPresent(real ->
                                describe(entry.getFileName().toString(), real).ifPresent(files::add));
            }
        } catch (IOException | UncheckedIOException failure) {
            LOG.log(Level.WARNING, "The import folder " + folder + " could not be listed", failure);
            return List.of();
        }
        files.sort(Comparator.comparing(ServerFile::name));
        return files;
    }

    /**
     * Reads the named file, at most {@code maxBytes} of it; refused with the admin's words when
     * the name leads out of the folder, names no regular file, or the file is larger.
     */
    public byte[] read(String name, long maxBytes) throws ImportProblem {
        Path folder = folder().orElseThrow(() -> new ImportProblem(
                configured()
                        ? "The import folder (POSTBAG_IMPORT_DIR) does not exist on the server. Nothing was imported."
                        : "No import folder is set up on the server (POSTBAG_IMPORT_DIR). Nothing was imported."));
        return read(folder, name, maxBytes);
    }

    /** The same in a folder given by its real path. */
    static byte[] read(Path folder, String name, long maxBytes) throws ImportProblem {
        Path file = resolve(folder, name);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new ImportProblem("The file is larger than the " + (maxBytes >> 20)
                        + " MB an import may be. Nothing was imported.");
            }
            return bytes;
        } catch (NoSuchFileException gone) {
            throw notThere(name);
        } catch (IOException failure) {
            LOG.log(Level.WARNING, "The import file " + file + " could not be read", failure);
            throw new ImportProblem("The file " + name + " could not be read on the server. Nothing was imported.");
        }
    }

    /** The real path of a file directly in the folder, or why there is none. */
    static Path resolve(Path folder, String name) throws ImportProblem {
        if (name == null || name.isBlank()) {
            throw new ImportProblem("Choose one of the files in the import folder.");
        }
        Path candidate;
        try {
            candidate = folder.resolve(name);
        } catch (InvalidPathException bad) {
            throw outside(name);
        }
        if (name.contains("/")
                || name.contains("\\")
                || name.equals(".")
                || name.equals("..")
                || Path.of(name).isAbsolute()
                || !folder.equals(candidate.getParent())) {
            throw outside(name);
        }
        Path real = inside(folder, candidate)
                .orElseThrow(() -> Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) ? outside(name) : notThere(name));
        if (!Files.isRegularFile(real)) {
            throw new ImportProblem(
                    name + " is not a file that can be imported (a folder, say). Choose one of the files listed.");
        }
        return real;
    }

    /** Where the entry really is, if that is in the folder (a link out of it is not followed). */
    private static Optional<Path> inside(Path folder, Path entry) {
        try {
            Path real = entry.toRealPath();
            return real.startsWith(folder) && !real.equals(folder) ? Optional.of(real) : Optional.empty();
        } catch (IOException failure) {
            return Optional.empty();
        }
    }

    private static Optional<ServerFile> describe(String name, Path real) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? Optional.of(new ServerFile(
                            name,
                            attributes.size(),
                            attributes.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (IOException failure) {
            return Optional.empty();
        }
    }

    private static Optional<Path> realFolder(String setting) {
        try {
            Path real = Path.of(setting).toRealPath();
            return Files.isDirectory(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException failure) {
            return Optional.empty();
        }
    }

    private static ImportProblem outside(String name) {
        return new ImportProblem("\"" + name + "\" is not a file in the import folder: only the files listed there"
                + " can be imported (no other folders, no links out of it). Nothing was imported.");
    }

    private static ImportProblem notThere(String name) {
        return new ImportProblem("There is no file " + name
                + " in the import folder (any more). Choose one of the files listed. Nothing was imported.");
    }
}
