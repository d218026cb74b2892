package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.postbag.letter.Screening;

/** The watched words, as screening wants them. Callers bring the transaction for changes. */
@ApplicationScoped
public class WatchedWords {

    @PersistenceContext
    private EntityManager em;

    public List<Screening.WatchedWord> rules() {
        return all().stream().map(WatchedWordRule::asRule).toList();
    }

    public List<WatchedWordRule> all() {
        return em.createQuery("select w from WatchedWordRule w order by w.word", WatchedWordRule.class)
                .getResultList();
    }

    public Optional<WatchedWordRule> byWord(String word) {
        return em.createQuery("select w from WatchedWordRule w where w.word = :word", WatchedWordRule.class)
                .setParameter("word", word.strip().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    public void add(WatchedWordRule rule) {
        em.persist(rule);
    }

    public void remove(WatchedWordRule rule) {
        em.remove(rule);
    }
}
