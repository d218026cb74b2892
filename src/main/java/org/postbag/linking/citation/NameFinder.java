package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.postbag.linking.citation.Words.Word;

/**
 * Finds people's names. Only a run of capitalised words counts, a single word only with a possessive ("Natarajan's")
 * or an honorific ("Ms Natarajan"). Places and bodies cannot all be told apart from people ("Aire Valley" is left
 * out, "Saltaire Leeds" would not be): the ranker only cares about names that match a candidate's author.
 */
final class NameFinder {

    /** Capitalised words that are never part of a name. */
    private static final Set<String> NOT_NAMES = TextScan.wordSet(
            "i i'm i've i'd i'll the a an he she we they you it his her their our my your its this that these",
            "those dear yours editor madam monday tuesday wednesday thursday friday saturday sunday and or but of",
            "in on at to for by with from as",
            "der die das den dem des ein eine ich wir sie er es ihr und oder aber im am vom zum zur liebe lieber",
            "sehr geehrte geehrter le la les un une je nous vous il elle ils elles et mais du des au aux cher chère",
            "madame monsieur");

    /** Ordinary words that are capitalised only because they open a sentence. */
    private static final Set<String> SENTENCE_OPENERS = TextScan.wordSet(
            "if when while since after before yet then so also only now here there what which who whom whose why",
            "how where yes no not perhaps surely quite however moreover indeed meanwhile let whatever whoever",
            "every each some many most all any none nobody everyone everybody please thank thanks like unlike",
            "both neither nor even just still once one two three four five six seven eight nine ten until unless",
            "although though because whether do does did is are was were can could would should will shall must",
            "may might has have had first second last next another other such much more less few well sadly alas",
            "oh ah great good new old our reading according regarding despite through without within about",
            "against between among during over under above below upon into onto near far again instead rather",
            "otherwise therefore thus hence accordingly consequently besides furthermore nevertheless nonetheless",
            "certainly clearly finally firstly secondly lastly yesterday today tomorrow sometimes often never",
            "always almost already");

    /** A run of capitalised words ending in one of these is a place or a body, not a person. */
    private static final Set<String> PLACE_WORDS = TextScan.wordSet(
            "valley committee council country county city town street road lane avenue square park station line",
            "lines railway university college school hospital party company corporation trust society association",
            "union movement review magazine times news journal department ministry office government parliament",
            "assembly house court centre center hall church bridge borough district authority board service",
            "services club institute foundation network group ltd limited plc bank fund commission agency act",
            "bill report strategy transport press river lake hill hills moor dale kingdom states republic island",
            "islands airport market museum library theatre festival league prize award day week ocean sea coast",
            "estate tower cathedral");

    private final String text;
    private final List<Word> words;
    private final BitSet blocked;

    private NameFinder(String text, List<Word> words, BitSet blocked) {
        this.text = text;
        this.words = words;
        this.blocked = blocked;
    }

    /** Names outside the blocked characters, which hold issue and date cues and the magazine's own name. */
    static List<NameCue> find(String text, List<Word> words, BitSet blocked) {
        return new NameFinder(text, words, blocked).find();
    }

    private List<NameCue> find() {
        List<NameCue> cues = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            if (isHonorific(word) && i + 1 < words.size() && connected(i, i + 1)) {
                Run run = collect(i + 1, true);
                if (run.nameWords() > 0) {
                    cues.add(cue(run, word, 0.9));
                    i = run.last() + 1;
                    continue;
                }
            }
            if (isNameWord(word) || isInitial(word)) {
                Run run = collect(i, false);
                Run name = withoutOpeners(run);
                NameCue cue = name == null ? null : plainName(name);
                if (cue != null) {
                    cues.add(cue);
                }
                i = Math.max(i, run.last()) + 1;
                continue;
            }
            i++;
        }
        return cues;
    }

    private NameCue plainName(Run run) {
        Word last = words.get(run.last());
        if (PLACE_WORDS.contains(bare(last).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (run.nameWords() >= 2 || run.size() >= 2) {
            return cue(run, null, 0.7);
        }
        if (run.possessive()) {
            return cue(run, null, 0.55);
        }
        int after = run.spanEnd();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        // "Osei (no. 120)": a surname alone with a citation in brackets after it
        return after < text.length() && text.charAt(after) == '(' ? cue(run, null, 0.45) : null;
    }

    private NameCue cue(Run run, Word honorific, double confidence) {
        List<String> parts = new ArrayList<>();
        for (int k = run.first(); k <= run.last(); k++) {
            parts.add(PersonName.normalize(bare(words.get(k))));
        }
        PersonName person = PersonName.fromWords(parts);
        int nameStart = words.get(run.first()).start();
        int nameEnd =
                words.get(run.last()).start() + bare(words.get(run.last())).length();
        String given = person.givenName() == null ? null : bare(words.get(run.first()));
        int spanStart = honorific == null ? nameStart : honorific.start();
        return new NameCue(
                Span.of(text, spanStart, run.spanEnd()),
                text.substring(nameStart, nameEnd),
                given,
                person.surname(),
                honorific == null ? null : honorific.text(),
                run.possessive(),
                confidence);
    }

    /** Consecutive name words, particles and initials, up to and including a possessive. */
    private Run collect(int from, boolean particleFirst) {
        int last = -1;
        int lastName = -1;
        int nameWords = 0;
        boolean possessive = false;
        for (int k = from; k < words.size(); k++) {
            Word word = words.get(k);
            if (isBlocked(word) || (k > from && (!connected(k - 1, k) || isHonorific(word)))) {
                break;
            }
            boolean name = isNameWord(word);
            boolean particle = (k > from || particleFirst) && PersonName.PARTICLES.contains(word.text());
            if (!name && !particle && !isInitial(word)) {
                break;
            }
            last = k;
            if (name) {
                lastName = k;
                nameWords++;
                if (isPossessive(word)) {
                    possessive = true;
                    break;
                }
            }
        }
        if (lastName < 0) {
            return new Run(from, from - 1, 0, false, 0);
        }
        int end = words.get(lastName).end();
        if (possessive && !hasApostropheS(words.get(lastName))) {
            end++;
        }
        return new Run(from, Math.min(last, lastName), nameWords, possessive, end);
    }

    /** Drops ordinary words that are capitalised only because they start the sentence; null if nothing is left. */
    private Run withoutOpeners(Run run) {
        int first = run.first();
        int nameWords = run.nameWords();
        while (first <= run.last() && isOpener(words.get(first), first < run.last())) {
            first++;
            nameWords--;
        }
        if (first > run.last() || nameWords <= 0) {
            return null;
        }
        return new Run(first, run.last(), nameWords, run.possessive(), run.spanEnd());
    }

    private boolean isOpener(Word word, boolean moreFollow) {
        if (!word.sentenceStart()) {
            return false;
        }
        String lower = bare(word).toLowerCase(Locale.ROOT);
        boolean derived = lower.endsWith("ing") || lower.endsWith("ly") || lower.endsWith("ed");
        return SENTENCE_OPENERS.contains(lower) || (moreFollow && derived);
    }

    private boolean isNameWord(Word word) {
        String text = word.text();
        if (text.length() < 2 || !word.isCapitalised() || isBlocked(word)) {
            return false;
        }
        boolean lowerCase = false;
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
            lowerCase |= Character.isLowerCase(c);
        }
        return lowerCase && !NOT_NAMES.contains(bare(word).toLowerCase(Locale.ROOT));
    }

    private boolean isHonorific(Word word) {
        return word.isCapitalised() && PersonName.HONORIFICS.contains(word.lower());
    }

    /** "J." in "J. Smith". */
    private boolean isInitial(Word word) {
        return word.text().length() == 1
                && word.isCapitalised()
                && word.end() < text.length()
                && text.charAt(word.end()) == '.';
    }

    private boolean isBlocked(Word word) {
        for (int i = word.start(); i < word.end(); i++) {
            if (blocked.get(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPossessive(Word word) {
        if (hasApostropheS(word)) {
            return true;
        }
        int end = word.end();
        boolean apostrophe = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
        boolean wordEnds = end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1));
        return apostrophe && wordEnds && word.text().endsWith("s");
    }

    private static boolean hasApostropheS(Word word) {
        String text = word.text();
        int length = text.length();
        return length > 2
                && (text.charAt(length - 1) == 's' || text.charAt(length - 1) == 'S')
                && (text.charAt(length - 2) == '\'' || text.charAt(length - 2) == '\u2019');
    }

    /** The word without a possessive "'s". */
    private static String bare(Word word) {
        return hasApostropheS(word) ? word.text().substring(0, word.text().length() - 2) : word.text();
    }

    /** Only spaces between two words, or ". " after an initial or an abbreviated honorific ("Dr. Osei"). */
    private boolean connected(int left, int right) {
        Word before = words.get(left);
        int from = before.end();
        if (from < text.length() && text.charAt(from) == '.' && (isInitial(before) || isHonorific(before))) {
            from++;
        }
        int to = words.get(right).start();
        if (to == from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Word indexes first..last of a name; spanEnd includes a possessive apostrophe after "Miles". */
    private record Run(int first, int last, int nameWords, boolean possessive, int spanEnd) {

        int size() {
            return last - first + 1;
        }
    }
}
