package org.postbag.archive;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The file an import job was started with, kept apart from the job so that the job's frequent
 * updates (a batch's counts) never read or compare megabytes of it; read once a run.
 */
@Entity
@Table(name = "import_source")
class ImportSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ImportSource() {}

    ImportSource(byte[] content) {
        this.content = requireNonNull(content);
    }

    byte[] content() {
        return content;
    }
}
