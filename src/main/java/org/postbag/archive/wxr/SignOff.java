package org.postbag.archive.wxr;

import java.util.Optional;

/** "Tom Aldridge, Halifax": a writer's name and town as a letters page prints them. */
public record SignOff(String name, String town) {

    /** Longer than this is a sentence, not a sign-off. */
    static final int LONGEST = 120;

    /** The name and town of a sign-off, split at its last comma; empty if it is not one. */
    public static Optional<SignOff> parse(String text) {
        String line = HtmlText.collapse(text == null ? "" : text);
        if (line.isEmpty() || line.length() > LONGEST || line.endsWith(".") && !line.endsWith("Jr.")) {
            return Optional.empty();
        }
        int comma = line.lastIndexOf(',');
        if (comma <= 0 || comma == line.length() - 1) {
            return Optional.empty();
        }
        String name = line.substring(0, comma).strip();
        String town = line.substring(comma + 1).strip();
        if (name.split(" ").length > 6 || town.split(" ").length > 5) {
            return Optional.empty();
        }
        return Optional.of(new SignOff(name, town));
    }

    public String printed() {
        return town.isBlank() ? name : name + ", " + town;
    }
}
