package org.postbag.intake;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.postbag.letter.Letter;

/** A file that came with a letter, for the desk only: the email as received, an attachment, a scan. */
@Entity
@Table(name = "letter_document")
public class LetterDocument {

    public enum Kind {
        ORIGINAL_EMAIL("The email as received"),
        ATTACHMENT("Attachment"),
        SCAN("Scan of the letter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "letter_id", nullable = false, updatable = false)
    private Letter letter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "extracted_text", updatable = false)
    private String extractedText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LetterDocument() {}

    public LetterDocument(
            Letter letter,
            Kind kind,
            String fileName,
            String contentType,
            byte[] content,
            String extractedText,
            Instant createdAt) {
        this.letter = requireNonNull(letter);
        this.kind = requireNonNull(kind);
        this.fileName = requireNonNull(fileName);
        this.contentType = requireNonNull(contentType);
        this.content = requireNonNull(content).clone();
        this.sizeBytes = content.length;
        this.extractedText = extractedText;
        this.createdAt = requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public Letter letter() {
        return letter;
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }

    public String extractedText() {
        return extractedText;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
