package org.postbag.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class ArchiveDigestTest {

    private static WebArchive war(String page, String properties, String library) {
        return ShrinkWrap.create(WebArchive.class, "app.war")
                .addClass(ArchiveDigest.class)
                .addAsWebResource(new StringAsset(page), "index.html")
                .addAsResource(new StringAsset(properties), "META-INF/test-description.properties")
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "lib.jar")
                        .addAsResource(new StringAsset(library), "lib.txt"));
    }

    private static final String DESCRIPTION = "#Wed Dec 02 10:00:00 UTC 2026\nname=app.war\n";

    @Test
    void twoArchivesBuiltAlikeHaveOneDigest() {
        assertThat(ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v1")))
                .isEqualTo(ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v1")));
    }

    @Test
    void oneChangedByteAnywhereChangesTheDigest() {
        String digest = ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v1"));

        assertThat(ArchiveDigest.of(war("<p>hellO</p>", DESCRIPTION, "v1"))).isNotEqualTo(digest);
        assertThat(ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v2")))
                .as("a library's content counts too")
                .isNotEqualTo(digest);
        assertThat(ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v1").addAsWebResource(new StringAsset(""), "x")))
                .as("an added empty file counts")
                .isNotEqualTo(digest);
    }

    @Test
    void aPropertiesFileCountsByItsEntriesNotByTheDateItWasStored() {
        String digest = ArchiveDigest.of(war("<p>hello</p>", DESCRIPTION, "v1"));

        assertThat(ArchiveDigest.of(war("<p>hello</p>", "#Thu Dec 03 11:11:11 UTC 2026\nname=app.war\n", "v1")))
                .isEqualTo(digest);
        assertThat(ArchiveDigest.of(war("<p>hello</p>", "#Wed Dec 02 10:00:00 UTC 2026\nname=other.war\n", "v1")))
                .isNotEqualTo(digest);
    }
}
