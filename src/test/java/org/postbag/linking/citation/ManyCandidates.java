package org.postbag.linking.citation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Candidates by the hundred for a ranker to work through: articles and letters over 21 issues. */
final class ManyCandidates {

    private ManyCandidates() {}

    static List<Candidate> of(int count) {
        String[] surnames = {"Aldridge", "Natarajan", "Osei", "Smith", "Jones", "Patel", "Brown", "Khan", "Lee", "Evans"
        };
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int issue = 100 + i % 21;
            LocalDate date = LocalDate.of(2025, 1, 1).plusMonths(issue - 100);
            PieceKind kind = i % 5 == 0 ? PieceKind.ARTICLE : PieceKind.LETTER;
            String author = "Reader" + i + " " + surnames[i % surnames.length];
            candidates.add(new Candidate(
                    "P-" + i,
                    kind,
                    "Trams, part " + i,
                    author,
                    issue,
                    date,
                    date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return candidates;
    }
}
