package org.postbag.archive;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.postbag.publishing.Piece;

/** A piece's key in the source it was imported from (a post's GUID, a comment's id), and what the source said. */
@Entity
@Table(name = "import_key")
@NamedQuery(name = "ImportKey.of", query = "select k from ImportKey k join fetch k.piece where k.sourceKey in :keys")
public class ImportKey {

    @Id
    @Column(name = "source_key", updatable = false)
    private String sourceKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "piece_id", updatable = false)
    private Piece piece;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected ImportKey() {}

    public ImportKey(String sourceKey, Piece piece, String contentHash) {
        this.sourceKey = requireNonNull(sourceKey);
        this.piece = requireNonNull(piece);
        this.contentHash = requireNonNull(contentHash);
    }

    /** The source now says this; true if that is a change. */
    public boolean saysNow(String hash) {
        if (contentHash.equals(hash)) {
            return false;
        }
        contentHash = hash;
        return true;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public Piece piece() {
        return piece;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportKey key && sourceKey.equals(key.sourceKey);
    }

    @Override
    public int hashCode() {
        return sourceKey.hashCode();
    }
}
