package org.postbag.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.postbag.infrastructure.Conflicts;
import org.postbag.infrastructure.DomainException;

/**
 * The Undo of a bulk decision on the queue: each decision it made reversed on its own (its own
 * transaction, through {@link Moderation#undoDecision}), so that a letter that changed since
 * is refused, and named, without stopping the others. Each reversal takes back the email its
 * decision caused, if it has not gone yet.
 */
@ApplicationScoped
public class BulkUndo {

    /** No more decisions than a queue page shows are undone at once. */
    public static final int MOST = 200;

    @Inject
    private Moderation moderation;

    /** What the undo did: the decisions reversed, and a sentence for each letter refused. */
    public record Result(List<Moderation.Undone> undone, List<DomainException> refused) {

        public long emailsTakenBack() {
            return undone.stream().filter(Moderation.Undone::emailTakenBack).count();
        }

        public long emailsGone() {
            return undone.stream().filter(Moderation.Undone::emailGone).count();
        }
    }

    public Result undo(List<Decision> decisions, long editorId) {
        if (decisions.isEmpty() || decisions.size() > MOST) {
            throw DomainException.of("moderation.undo.none");
        }
        List<Moderation.Undone> undone = new ArrayList<>();
        List<DomainException> refused = new ArrayList<>();
        for (Decision decision : decisions) {
            try {
                undone.add(moderation.undoDecision(decision.reference(), decision.event(), editorId));
            } catch (DomainException refusal) {
                refused.add(refusal);
            } catch (RuntimeException failure) {
                if (!Conflicts.isConcurrentChange(failure)) {
                    throw failure;
                }
                refused.add(moderation.staleMessageFor(decision.reference()));
            }
        }
        return new Result(List.copyOf(undone), List.copyOf(refused));
    }
}
