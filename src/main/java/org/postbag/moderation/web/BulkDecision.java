package org.postbag.moderation.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postbag.moderation.BulkUndo;
import org.postbag.moderation.Decision;

/**
 * The decisions of one bulk action on the queue, as its success message offers to undo them:
 * each letter with the event of its decision. The Undo form carries them as one field
 * ({@link #token()}); {@link UndoDecision#undoAll} reads them back and the server checks each
 * again (the editor's access, and that the decision is still the letter's last).
 */
public record BulkDecision(List<Decision> decisions) implements Serializable {

    private static final Pattern ONE = Pattern.compile("(L-\\d{4}-\\d{5,12}):(\\d{1,18})");

    public BulkDecision {
        decisions = List.copyOf(decisions);
    }

    /** "L-2026-00012:345 L-2026-00013:346". */
    public String token() {
        return decisions.stream()
                .map(decision -> decision.reference() + ":" + decision.event())
                .collect(Collectors.joining(" "));
    }

    public int size() {
        return decisions.size();
    }

    /** When the first email these decisions caused goes, unless undone; null when none writes. */
    public Instant emailAt() {
        return decisions.stream()
                .map(Decision::emailAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** The decisions a {@link #token()} names; empty when it is not one (altered, or too long). */
    public static List<Decision> parse(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        String[] parts = token.strip().split(" ");
        if (parts.length > BulkUndo.MOST) {
            return List.of();
        }
        List<Decision> decisions = new ArrayList<>();
        for (String part : parts) {
            Matcher matcher = ONE.matcher(part);
            if (!matcher.matches()) {
                return List.of();
            }
            decisions.add(new Decision(matcher.group(1), Long.parseLong(matcher.group(2)), null, null));
        }
        return decisions;
    }
}
