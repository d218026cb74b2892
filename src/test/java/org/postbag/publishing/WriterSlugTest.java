package org.postbag.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriterSlugTest {

    @Test
    void aSignOffWithTheWritersNameLinksToTheirPage() {
        assertThat(Piece.writerSlug("Tom Aldridge", "Tom Aldridge, Halifax")).isEqualTo("tom-aldridge");
        assertThat(Piece.writerSlug("Tom  Aldridge ", "TOM ALDRIDGE,\nHalifax")).isEqualTo("tom-aldridge");
    }

    @Test
    void aSignOffThatNoLongerNamesTheWriterLinksNowhere() {
        assertThat(Piece.writerSlug("Tom Aldridge", "Name and address supplied"))
                .isNull();
        assertThat(Piece.writerSlug("Tom Aldridge", "T. A., Halifax")).isNull();
        assertThat(Piece.writerSlug(null, "Name and address supplied")).isNull();
        assertThat(Piece.writerSlug(" ", "Tom Aldridge")).isNull();
    }
}
