package org.postbag.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.postbag.accounts.Account;

/**
 * The audit trail. Callers bring the transaction. Every event recorded is also fired as a CDI
 * event, so that what summarises letters (the queue's tab counts) can observe changes once
 * their transaction is over.
 */
@ApplicationScoped
public class LetterEvents {

    /** How the trail names what the writer did, and what the system did by itself. */
    public static final String WRITER = "The writer";

    public static final String SYSTEM = "Postbag";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<LetterEvent> recorded;

    public LetterEvent record(Letter letter, Account actor, LetterAction action, Transition transition, String note) {
        LetterEvent event = new LetterEvent(letter, clock.instant(), actor, null, action, transition, note);
        em.persist(event);
        recorded.fire(event);
        return event;
    }

    public LetterEvent recordBy(
            Letter letter, String actorName, LetterAction action, Transition transition, String note) {
        LetterEvent event = new LetterEvent(letter, clock.instant(), null, actorName, action, transition, note);
        em.persist(event);
        recorded.fire(event);
        return event;
    }

    public List<LetterEvent> of(Letter letter) {
        return em.createQuery(
                        "select e from LetterEvent e where e.letter = :letter order by e.at, e.id", LetterEvent.class)
                .setParameter("letter", letter)
                .getResultList();
    }

    public Optional<LetterEvent> last(Letter letter) {
        return em.createQuery(
                        "select e from LetterEvent e where e.letter = :letter order by e.at desc, e.id desc",
                        LetterEvent.class)
                .setParameter("letter", letter)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The last event that changed the letter's status, which is what "undo" would reverse. */
    public Optional<LetterEvent> lastStatusChange(Letter letter) {
        return em.createQuery(
                        "select e from LetterEvent e where e.letter = :letter and e.toStatus is not null"
                                + " and e.fromStatus <> e.toStatus order by e.at desc, e.id desc",
                        LetterEvent.class)
                .setParameter("letter", letter)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
