package org.postbag.linking.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name reduced to what matching needs: the given name and the surname, lower-cased and without accents,
 * so that "Ms Natarajan" in a letter and "Priya Natarajan" in the archive meet.
 */
record PersonName(String givenName, String surname) {

    static final Set<String> HONORIFICS = TextScan.wordSet(
            "mr mrs ms miss mx dr prof professor sir dame lord lady cllr councillor rev revd reverend father",
            "canon rabbi imam herr frau hr fr mme mmes mlle m monsieur madame mademoiselle me pr",
            // Arabic, as normalize writes them: "السيدة" ends in "ه", "الأستاذ" has a bare alef
            "السيد السيده الدكتور الدكتوره د الاستاذ الاستاذه الانسه المهندس المهندسه الشيخ الشيخه");

    /** Lower-case words that belong to a surname: "de la Cruz", "van der Berg". */
    static final Set<String> PARTICLES = TextScan.wordSet(
            "de da di del della der den des du la le van von bin ibn al ter ten dos das do y zu",
            "بن ابن بنت ابو ابي عبد");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "obe", "mbe", "cbe", "mp", "phd");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Arabic tatweel, a stretch of the line that is no letter. */
    private static final String TATWEEL = "\u0640";

    /** Parses a full name as stored for an author; null for a blank name. */
    static PersonName parse(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(normalize(fullName).trim())) {
            String bare = word.replace(".", "").replace(",", "");
            if (!bare.isEmpty() && !SUFFIXES.contains(bare) && !(words.isEmpty() && HONORIFICS.contains(bare))) {
                words.add(bare);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return fromWords(words);
    }

    /** Builds a name from its words, already normalised: the surname is the last word and its particles. */
    static PersonName fromWords(List<String> words) {
        int surnameStart = words.size() - 1;
        while (surnameStart > 0 && PARTICLES.contains(words.get(surnameStart - 1))) {
            surnameStart--;
        }
        String surname = String.join(" ", words.subList(surnameStart, words.size()));
        String given = surnameStart > 0 ? words.get(0) : null;
        return new PersonName(given, surname);
    }

    /**
     * Lower case, no accents, straight apostrophes. Arabic as names are compared in it: no vowel marks or tatweel,
     * every alef bare (decomposition leaves the hamza of "أ" and "إ" as a mark), taa marbuta as haa and alef maqsura as
     * yaa, which writers and archives use either way ("حمزة"/"حمزه", "سلمى"/"سلمي").
     */
    static String normalize(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace(TATWEEL, "")
                .replace('\u0671', '\u0627')
                .replace('\u0629', '\u0647')
                .replace('\u0649', '\u064a')
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well a name written in a letter (already normalised) fits this author: 1 for the same given name and
     * surname, 0.85 for the surname alone, 0.25 when the given names disagree (a namesake), 0 for another surname.
     */
    double fit(PersonName cited) {
        if (!surname.equals(cited.surname) && !surname.endsWith(" " + cited.surname)) {
            return 0;
        }
        if (cited.givenName == null || givenName == null) {
            return 0.85;
        }
        boolean initial = cited.givenName.length() == 1 || givenName.length() == 1;
        boolean same =
                givenName.equals(cited.givenName) || (initial && givenName.charAt(0) == cited.givenName.charAt(0));
        return same ? 1 : 0.25;
    }

    boolean sameAs(PersonName other) {
        return other != null && fit(other) >= 0.85;
    }
}
