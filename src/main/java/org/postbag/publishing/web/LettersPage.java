package org.postbag.publishing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;

/** The home page: the letters page of the latest issue that has one. */
@Named
@RequestScoped
public class LettersPage {

    @Inject
    private Pieces pieces;

    private Issue issue;
    private List<Piece> letters = List.of();

    @PostConstruct
    void load() {
        issue = pieces.latestIssueWithLetters().orElse(null);
        if (issue != null) {
            letters = pieces.lettersPublishedIn(issue);
        }
    }

    public Issue getIssue() {
        return issue;
    }

    public List<Piece> getLetters() {
        return letters;
    }
}
