package org.postbag.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;
import org.postbag.letter.LetterText;
import org.postbag.publishing.PieceSearch;
import org.postbag.publishing.PieceSummary;

/**
 * The piece picker of the "Write to us" form: what the reader's letter answers, found by title,
 * author or issue number. Its query and its ticks are plain request parameters, so that "Find"
 * keeps them without validating the rest of the form. While the database is away the pieces
 * already chosen stay chosen, by their references, and the page says that it cannot search.
 */
@Named
@RequestScoped
public class PiecePicker {

    private static final int MAX_CHOSEN = 10;

    @Inject
    @Param(name = "pieceQuery")
    private String query;

    @Inject
    @Param(name = "replyTo")
    private String[] ticked;

    @Inject
    private PieceSearch pieceSearch;

    private final Set<String> chosen = new LinkedHashSet<>();
    private List<PieceSummary> choices;
    private boolean databaseAway;

    @PostConstruct
    void readTicks() {
        if (ticked != null) {
            Arrays.stream(ticked)
                    .limit(MAX_CHOSEN)
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .forEach(chosen::add);
        }
    }

    /** "Find": show the pieces that match, keep everything typed so far. */
    public void find() {
        choices = null;
    }

    /** The references the reader ticked, in the order they came. */
    List<String> chosen() {
        return new ArrayList<>(chosen);
    }

    /** The database could not be reached for this request: offer only what is already chosen. */
    void databaseIsAway() {
        databaseAway = true;
    }

    /** The pieces the picker offers: those already chosen, then those matching the query. */
    public List<PieceSummary> getPieceChoices() {
        if (choices == null && !databaseAway) {
            try {
                List<PieceSummary> found = new ArrayList<>(pieceSearch.byReferences(chosen));
                for (PieceSummary match : pieceSearch.search(query, 10)) {
                    if (found.stream().noneMatch(c -> c.reference().equals(match.reference()))) {
                        found.add(match);
                    }
                }
                choices = found;
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.isCause(failure)) {
                    throw failure;
                }
                // "Find" while the database is away: the page still comes back with what was
                // typed, and says that the search could not be made.
                databaseAway = true;
            }
        }
        if (choices == null) {
            choices = chosen.stream().map(PieceSummary::unresolved).toList();
        }
        return choices;
    }

    public boolean isDatabaseAway() {
        return databaseAway;
    }

    public boolean isChosen(String reference) {
        return chosen.contains(reference);
    }

    public boolean isSearched() {
        return query != null && !query.isBlank();
    }

    /** Typed, but too short to search for (the picker finds nothing under three characters). */
    public boolean isQueryTooShort() {
        String typed = LetterText.normaliseLine(query);
        return !typed.isEmpty() && PieceSearch.tooShort(typed);
    }

    public String getQuery() {
        return query;
    }
}
