package org.postbag.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where a letter stands on an issue's letters page: the issue, and its place there counted from 1.
 * A letter on no page has no placement (null). A placement never changes; a move makes another.
 */
@Embeddable
public class PagePlacement {

    @Column(name = "page_issue_id")
    private Long issueId;

    @Column(name = "page_position")
    private Integer position;

    protected PagePlacement() {}

    PagePlacement(long issueId, int position) {
        if (position < 1) {
            throw new IllegalArgumentException("a place on the page counts from 1, not " + position);
        }
        this.issueId = issueId;
        this.position = position;
    }

    /** The same page, another place on it. */
    PagePlacement movedTo(int newPosition) {
        return new PagePlacement(issueId, newPosition);
    }

    public boolean isOn(long issue) {
        return issueId != null && issueId == issue;
    }

    public Long issueId() {
        return issueId;
    }

    public Integer position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PagePlacement that
                && Objects.equals(issueId, that.issueId)
                && Objects.equals(position, that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issueId, position);
    }
}
