package org.postbag.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postbag.archive.wxr.ImportProblem;

/**
 * The import folder on a real file system: only regular files directly in it are listed and
 * read, and no name, link or "..", leads out of it.
 */
class ImportFolderTest {

    @TempDir
    Path root;

    private Path folder;

    @BeforeEach
    void files() throws Exception {
        folder = Files.createDirectory(root.resolve("imports")).toRealPath();
        Files.writeString(folder.resolve("export.xml"), "<rss/>");
        Files.writeString(folder.resolve("<b>odd & \"name\"<i>.xml"), "<rss/>");
        Files.createDirectory(folder.resolve("old"));
        Files.writeString(folder.resolve("old").resolve("nested.xml"), "<rss/>");
        Files.writeString(root.resolve("secret.txt"), "not for admins");
        Files.createSymbolicLink(folder.resolve("escape.xml"), root.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("same.xml"), folder.resolve("export.xml"));
        Files.createSymbolicLink(folder.resolve("broken.xml"), folder.resolve("gone.xml"));
        Files.createSymbolicLink(folder.resolve("up"), root);
    }

    @Test
    void listsTheRegularFilesInItWithTheirSizes() {
        assertThat(ImportFolder.files(folder))
                .extracting(ImportFolder.ServerFile::name)
                .containsExactly("<b>odd & \"name\"<i>.xml", "export.xml", "same.xml");
        assertThat(ImportFolder.files(folder).get(1).size()).isEqualTo(6);
        assertThat(ImportFolder.files(folder).get(1).modified()).isNotNull();
    }

    @Test
    void readsAFileInIt() throws Exception {
        assertThat(new String(ImportFolder.read(folder, "export.xml", 100), StandardCharsets.UTF_8))
                .isEqualTo("<rss/>");
        assertThat(ImportFolder.read(folder, "same.xml", 100)).hasSize(6);
    }

    @Test
    void refusesEveryWayOutOfIt() {
        for (String name : new String[] {
            "../secret.txt",
            "old/../../secret.txt",
            root.resolve("secret.txt").toString(),
            "escape.xml",
            "up/secret.txt",
            "old/nested.xml",
            "..",
            ".",
            "export.xml\0",
        }) {
            assertThatThrownBy(() -> ImportFolder.read(folder, name, 100))
                    .as(name)
                    .isInstanceOf(ImportProblem.class)
                    .hasMessageContaining("is not a file in the import folder");
        }
    }

    @Test
    void saysWhatIsWrongWithAFolderAMissingFileOrOneTooLarge() {
        assertThatThrownBy(() -> ImportFolder.read(folder, "up", 100))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("is not a file in the import folder");
        assertThatThrownBy(() -> ImportFolder.read(folder, "old", 100))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("not a file that can be imported");
        assertThatThrownBy(() -> ImportFolder.read(folder, "gone.xml", 100))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("There is no file gone.xml");
        assertThatThrownBy(() -> ImportFolder.read(folder, "broken.xml", 100))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("is not a file in the import folder");
        assertThatThrownBy(() -> ImportFolder.read(folder, "export.xml", 5))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> ImportFolder.read(folder, " ", 100))
                .isInstanceOf(ImportProblem.class)
                .hasMessageContaining("Choose one of the files");
    }
}
