package org.postbag.archive;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postbag.archive.wxr.ImportPlan;
import org.postbag.letter.LetterReference;
import org.postbag.letter.Letters;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Issues;
import org.postbag.publishing.Pieces;

/**
 * What a run of steps knows of the database: the source keys its steps name, looked up in one
 * query for the whole run, and the issues, each looked up once; both take in what the run
 * itself adds. With it the run's queries need not see its own unflushed rows, so the session
 * flushes once, at commit, and the inserts go in JDBC batches rather than one round trip each.
 */
final class BatchLookups {
    private final Map<String, ImportKey> keys = new HashMap<>();
    private final Map<Integer, Optional<Issue>> issuesByNumber = new HashMap<>();
    private final Deque<Long> articleNumbers = new ArrayDeque<>();
    private final Deque<Long> letterNumbers = new ArrayDeque<>();
    private final Issues issues;
    private final Pieces pieces;
    private final Letters letters;

    BatchLookups(EntityManager em, Issues issues, Pieces pieces, Letters letters, ImportPlan plan, int from, int to) {
        this.issues = issues;
        this.pieces = pieces;
        this.letters = letters;
        List<String> wanted = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        int issueCount = plan.issues().size();
        int articleCount = plan.articles().size();
        int letterCount = plan.letters().size();
        for (int step = from; step < to; step++) {
            int index = step - issueCount;
            if (index < 0) {
                continue;
            }
            if (index < articleCount) {
                wanted.addAll(plan.articles().get(index).keys());
                numbers.add(plan.articles().get(index).issue());
                continue;
            }
            index -= articleCount;
            ImportPlan.PlannedLetter letter = plan.letters().get(index < letterCount ? index : index - letterCount);
            wanted.addAll(letter.keys());
            numbers.add(letter.issue());
            if (index >= letterCount && letter.replyTo() != null) {
                wanted.add(letter.replyTo());
            }
        }
        for (int start = 0; start < wanted.size(); start += 1000) {
            em.createNamedQuery("ImportKey.of", ImportKey.class)
                    .setParameter("keys", wanted.subList(start, Math.min(wanted.size(), start + 1000)))
                    .getResultList()
                    .forEach(key -> keys.put(key.sourceKey(), key));
        }
        numbers.remove(null);
        if (!numbers.isEmpty()) {
            numbers.forEach(number -> issuesByNumber.put(number, Optional.empty()));
            em.createQuery("select i from Issue i where i.number in :numbers", Issue.class)
                    .setParameter("numbers", numbers)
                    .getResultList()
                    .forEach(this::added);
        }
        reserveReferenceNumbers(plan, from, to);
    }

    /** The reference numbers of the pieces the run will add, in one round trip for each kind. */
    private void reserveReferenceNumbers(ImportPlan plan, int from, int to) {
        int issueCount = plan.issues().size();
        int articleCount = plan.articles().size();
        int letterCount = plan.letters().size();
        int newArticles = 0;
        int newLetters = 0;
        int firstLetter = issueCount + articleCount;
        for (int step = Math.max(from, issueCount); step < Math.min(to, firstLetter); step++) {
            if (keys(plan.articles().get(step - issueCount).keys()).isEmpty()) {
                newArticles++;
            }
        }
        for (int step = Math.max(from, firstLetter); step < Math.min(to, firstLetter + letterCount); step++) {
            if (keys(plan.letters().get(step - firstLetter).keys()).isEmpty()) {
                newLetters++;
            }
        }
        articleNumbers.addAll(pieces.nextArticleNumbers(newArticles));
        letterNumbers.addAll(letters.nextReferenceNumbers(newLetters));
    }

    String nextArticleReference(int year) {
        Long number = articleNumbers.poll();
        return number == null ? pieces.nextArticleReference(year) : Pieces.articleReference(year, number);
    }

    LetterReference nextLetterReference(Instant received) {
        Long number = letterNumbers.poll();
        return number == null
                ? letters.nextReference(received)
                : LetterReference.of(received.atZone(ZoneOffset.UTC).getYear(), number);
    }

    Map<String, ImportKey> keys(List<String> sourceKeys) {
        Map<String, ImportKey> found = new HashMap<>();
        for (String sourceKey : sourceKeys) {
            ImportKey key = keys.get(sourceKey);
            if (key != null) {
                found.put(sourceKey, key);
            }
        }
        return found;
    }

    void added(ImportKey key) {
        keys.put(key.sourceKey(), key);
    }

    Optional<Issue> issue(int number) {
        return issuesByNumber.computeIfAbsent(number, issues::byNumber);
    }

    void added(Issue issue) {
        issuesByNumber.put(issue.number(), Optional.of(issue));
    }
}
