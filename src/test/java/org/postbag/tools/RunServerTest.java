package org.postbag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's database keeps the demo between runs, so it must survive a crash of the
 * machine. The library's builder keeps its server settings to itself (it passes each as
 * {@code -c name=value} after its own {@code -F}, so a later one wins); this reads them there,
 * without starting PostgreSQL, which refuses to run as root.
 */
class RunServerTest {

    @Test
    void theEmbeddedDatabaseWritesDurably(@TempDir Path dataDir) throws Exception {
        EmbeddedPostgres.Builder builder = RunServer.databaseBuilder(dataDir);

        Field config = EmbeddedPostgres.Builder.class.getDeclaredField("config");
        config.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, String> settings = (Map<String, String>) config.get(builder);

        assertThat(settings)
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }
}
