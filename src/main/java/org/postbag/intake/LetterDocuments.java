package org.postbag.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.postbag.letter.LetterAccess;
import org.postbag.letter.LetterReference;
import org.postbag.letter.LetterStatus;

/** The files kept with letters. */
@ApplicationScoped
public class LetterDocuments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LetterAccess access;

    public void add(LetterDocument document) {
        em.persist(document);
    }

    /** What came with a letter, in the order it was kept (the original email first), without the bytes. */
    public List<DocumentSummary> of(String reference) {
        Optional<LetterReference> letter = LetterReference.parse(reference);
        if (letter.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.postbag.intake.DocumentSummary(d.id, d.kind, d.fileName, d.contentType,"
                                + " d.sizeBytes, d.extractedText) from LetterDocument d"
                                + " where d.letter.reference = :reference order by d.id",
                        DocumentSummary.class)
                .setParameter("reference", letter.get())
                .getResultList();
    }

    /** What the files of letters not yet confirmed hold, in bytes. */
    public long unconfirmedBytes() {
        return em.createQuery(
                        "select coalesce(sum(d.sizeBytes), 0) from LetterDocument d where d.letter.status = :status",
                        Long.class)
                .setParameter("status", LetterStatus.UNCONFIRMED)
                .getSingleResult();
    }

    public Optional<LetterDocument> byId(long id) {
        return Optional.ofNullable(em.find(LetterDocument.class, id));
    }

    /** A file, if the editor may open the letter it was kept with. */
    @Transactional
    public Optional<LetterDocument> forEditor(long id, long editorId) {
        return byId(id).filter(document -> access.mayOpen(document.letter(), editorId));
    }
}
