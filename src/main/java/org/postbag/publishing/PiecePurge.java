package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Publishing's part in erasing a writer: the pieces of their letters that never went out, and
 * their address on the pieces they wrote. Callers bring the transaction.
 */
@ApplicationScoped
public class PiecePurge {

    @PersistenceContext
    private EntityManager em;

    /** For a letter that was never published (links to its pieces must be gone first). */
    public void deletePiecesOf(long letterId) {
        em.createNativeQuery("DELETE FROM piece WHERE letter_id = ?1")
                .setParameter(1, letterId)
                .executeUpdate();
    }

    public void forgetAuthorAddress(String address) {
        em.createNativeQuery(
                        "UPDATE piece SET author_email = NULL, version = version + 1 WHERE lower(author_email) = ?1")
                .setParameter(1, address)
                .executeUpdate();
    }
}
