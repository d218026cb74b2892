package org.postbag.letter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What screening and the later checks noticed about a letter, each with its reason: flags are
 * added as they are noticed, and a check that is run again replaces its own kind. They tell
 * editors where to look; none of them changes where the letter stands.
 */
@Embeddable
public class Flags {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "letter_flag", joinColumns = @JoinColumn(name = "letter_id"))
    private Set<Flag> noticed = new LinkedHashSet<>();

    public void add(Collection<Flag> more) {
        noticed.addAll(more);
    }

    /** Replaces the flags of one kind with these (none, to clear them): for checks that are run again. */
    public void replace(FlagKind kind, Collection<Flag> current) {
        Set<Flag> kept = new LinkedHashSet<>();
        noticed.stream().filter(flag -> flag.kind() != kind).forEach(kept::add);
        kept.addAll(current);
        if (!kept.equals(noticed)) {
            noticed.clear();
            noticed.addAll(kept);
        }
    }

    public List<Flag> all() {
        return List.copyOf(noticed);
    }

    public boolean has(FlagKind kind) {
        return noticed.stream().anyMatch(flag -> flag.kind() == kind);
    }
}
