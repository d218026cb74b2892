package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The magazine the letter was sent to: its name and the initials readers abbreviate it to ("NR"). */
final class MagazineName {

    private static final Set<String> MINOR_WORDS = Set.of("the", "of", "and", "&", "for", "a", "an");

    private final String name;
    private final String bareName;
    private final Set<String> initials;
    private final Pattern followedByNumber;

    MagazineName(String name) {
        this.name = Objects.requireNonNull(name, "magazine name").trim();
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("blank magazine name");
        }
        String lower = this.name.toLowerCase(Locale.ROOT);
        this.bareName = lower.startsWith("the ") ? lower.substring(4) : lower;
        this.initials = initialsOf(this.name);
        this.followedByNumber = Pattern.compile(
                "(?<!\\p{L})(?:the\\s)?" + Pattern.quote(bareName)
                        + "\\s{1,3}(\\d{1,4})(?![\\p{N}]|[.,:]\\d|-\\p{L}|%)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String name() {
        return name;
    }

    /** Whether a lower-cased word may begin the name as written: "the" or the name's first word. */
    boolean mayStartWith(String word) {
        if (word.equals("the")) {
            return true;
        }
        return bareName.startsWith(word)
                && (bareName.length() == word.length() || bareName.charAt(word.length()) == ' ');
    }

    boolean hasInitials(String letters) {
        return initials.contains(letters);
    }

    Pattern followedByNumber() {
        return followedByNumber;
    }

    /** The part of a run of capitalised words that is this magazine's name, if the run ends with it. */
    Span nameAtEnd(Span words) {
        String lower = words.text().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(bareName)) {
            return null;
        }
        int start = lower.length() - bareName.length();
        if (start > 0 && lower.charAt(start - 1) != ' ') {
            return null;
        }
        if (lower.startsWith("the ", Math.max(0, start - 4)) && start >= 4) {
            start -= 4;
        }
        return new Span(words.start() + start, words.end(), words.text().substring(start));
    }

    private static Set<String> initialsOf(String name) {
        List<String> significant = new ArrayList<>();
        boolean leadingThe = false;
        for (String word : name.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("the") && significant.isEmpty()) {
                leadingThe = true;
            } else if (!MINOR_WORDS.contains(lower) && Character.isLetter(word.charAt(0))) {
                significant.add(word.substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        if (significant.size() < 2) {
            return Set.of();
        }
        String initials = String.join("", significant);
        return leadingThe ? Set.of(initials, "T" + initials) : Set.of(initials);
    }
}
