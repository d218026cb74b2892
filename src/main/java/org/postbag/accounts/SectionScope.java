package org.postbag.accounts;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which sections' letters an account may see and act on: all of them (admins, and editors
 * nobody limited), or only some. A letter in no section is for the unlimited only: a section
 * editor's work is their sections, and a letter nobody has placed is the whole desk's to sort.
 */
public record SectionScope(boolean all, Set<Long> sections) implements Serializable {

    public static final SectionScope ALL = new SectionScope(true, Set.of());

    /** No letter at all: an account that no longer exists. */
    public static final SectionScope NONE = new SectionScope(false, Set.of());

    public SectionScope {
        sections = Set.copyOf(sections);
    }

    public static SectionScope only(Set<Long> sections) {
        return new SectionScope(false, sections);
    }

    public boolean isLimited() {
        return !all;
    }

    /** Whether a letter in this section (null: none) is in the scope. */
    public boolean includes(Long sectionId) {
        return all || (sectionId != null && sections.contains(sectionId));
    }

    /**
     * The condition on a letter's section column that keeps a query to this scope, to be
     * appended to a WHERE clause: nothing for all, else {@code AND column IN (ids)}. The ids are
     * numbers from the database, never text from a request, so they are written in as they are.
     */
    public String sql(String column) {
        if (all) {
            return "";
        }
        if (sections.isEmpty()) {
            return " AND false";
        }
        return " AND " + column + " IN ("
                + new TreeSet<>(sections).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
