package org.postbag.linking.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postbag.linking.citation.ArabicWords.Bare;
import org.postbag.linking.citation.Words.Word;

/**
 * Citations as Arabic-language letters write them: issue numbers ("في العدد 249", "العدد رقم ٢٤٩", "العددين 117
 * و118"), the kind of piece ("رسالة القارئ", "مقالها الأخير", "الافتتاحية") and "since" ("منذ العدد 117"). Arabic has
 * no capitals, so the name finder cannot see Arabic names: {@link ArabicNames} reads them after honorifics. Dates are
 * {@link ArabicDates}. Words are compared normalised ({@link PersonName#normalize}) and without the prefixes Arabic
 * writes onto them ({@link ArabicWords#bare}).
 */
final class ArabicCues {

    /** "عدد" (issue) in its forms; "اعداد" and the dual are plural and may list several numbers. */
    private static final Set<String> ISSUE_WORDS = ArabicWords.set("عدد اعداد عددين عددان");

    private static final Set<String> PLURAL_ISSUE_WORDS = ArabicWords.set("اعداد عددين عددان");

    /** "رقم" (number) names anything counted, a bus line as well as an issue. */
    private static final Set<String> NUMBER_WORDS = ArabicWords.set("رقم");

    /** Words before "عدد 249" or "رقم 249" that make them a citation rather than a count. */
    private static final Set<String> PREPOSITIONS = ArabicWords.set("في من منذ الى حتى مع وفي ومن حول عن بشان");

    private static final Set<String> LIST_WORDS = ArabicWords.set("و او الى حتى");

    private static final Set<String> LETTERS = ArabicWords.set("رساله رسائل رد");
    private static final Set<String> ARTICLES = ArabicWords.set("مقال مقاله مقالات افتتاحيه عمود");

    /** Words that name a piece only after a determiner or a possessive, being verbs or ordinary words too. */
    private static final Set<String> NEED_ARTICLE = ArabicWords.set("رد عمود");

    /** Possessive endings: "رسالتي" my letter, "مقالها" her article; the first two are the writer's own. */
    private static final List<String> OWN_ENDINGS = List.of("ي", "نا");

    private static final List<String> OTHER_ENDINGS = List.of("ه", "ها", "هم", "هما", "هن", "ك", "كم");
    private static final Set<String> READERS = ArabicWords.set("قارئ قراء");
    private static final Set<String> SINCE = ArabicWords.set("منذ");
    private static final Set<String> LATEST = ArabicWords.set("الاخير الاخيره اخر السابق السابقه");

    private ArabicCues() {}

    static List<IssueCue> issues(String text, List<Word> words, List<String> forms) {
        List<IssueCue> cues = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            int next = issueAt(text, words, forms, k, cues);
            k = next > k ? next : k + 1;
        }
        return cues;
    }

    /** Reads an issue cue starting at word k; returns the index after it, or k when there is none. */
    private static int issueAt(String text, List<Word> words, List<String> forms, int k, List<IssueCue> cues) {
        Bare issue = ArabicWords.bare(forms.get(k), ISSUE_WORDS);
        Bare number = issue == null ? ArabicWords.bare(forms.get(k), NUMBER_WORDS) : null;
        if (issue == null && number == null) {
            return k;
        }
        int at = k + 1;
        if (issue != null && at < words.size() && forms.get(at).equals("رقم") && connected(text, words, k, at)) {
            at++; // "العدد رقم 249"
        }
        if (at >= words.size() || !connected(text, words, at - 1, at)) {
            return k;
        }
        int value = ArabicWords.number(words.get(at).text());
        if (value < 0 || !numberEnds(text, words.get(at).end())) {
            return k;
        }
        String before = k == 0 ? "" : forms.get(k - 1);
        boolean parenthesised = TextScan.charBefore(text, words.get(k).start()) == '(';
        boolean preposition = PREPOSITIONS.contains(before) || parenthesised || !prefixWithoutArticle(issue, number);
        double score;
        if (issue != null) {
            // "العدد 249" names an issue; a bare "عدد 30" is a count ("عدد 30 شخصا") unless a preposition leads in
            if (!issue.article() && !preposition) {
                return k;
            }
            score = 0.75 + (preposition ? 0.1 : 0);
        } else {
            // "رقم" alone: "في رقم 249", never "الخط رقم 3" or "أولويتي رقم 1"
            if (!PREPOSITIONS.contains(before) && !parenthesised) {
                return k;
            }
            score = 0.6;
        }
        if (value < 10) {
            score -= 0.2;
        }
        if (!preposition && countedNounFollows(words, at)) {
            score -= 0.5;
        }
        if (score < 0.4) {
            return k;
        }
        double confidence = Math.min(1, score);
        Word first = words.get(k);
        Word last = words.get(at);
        cues.add(
                new IssueCue(Span.of(text, first.start(), last.end()), value, MagazineMatch.UNNAMED, null, confidence));
        boolean plural = issue != null && PLURAL_ISSUE_WORDS.contains(issue.word());
        return listed(text, words, forms, at, value, plural, confidence, cues);
    }

    /** A bare word with a preposition written on it ("بعدد") counts as led in by one. */
    private static boolean prefixWithoutArticle(Bare issue, Bare number) {
        Bare found = issue != null ? issue : number;
        String prefix = found.prefix();
        if (found.article()) { // "لل" keeps its preposition, "بال" and "ال" lose the article
            prefix = prefix.endsWith("لل")
                    ? prefix.substring(0, prefix.length() - 1)
                    : prefix.substring(0, prefix.length() - 2);
        }
        return !prefix.contains("ب") && !prefix.contains("ل");
    }

    /** "العددين 117 و118", "الأعداد 117، 118"; "العدد 117-119" as a range. Returns the index after the list. */
    private static int listed(
            String text,
            List<Word> words,
            List<String> forms,
            int at,
            int first,
            boolean plural,
            double confidence,
            List<IssueCue> cues) {
        int previous = first;
        int k = at + 1;
        while (k < words.size()) {
            String between = text.substring(words.get(k - 1).end(), words.get(k).start());
            String form = forms.get(k);
            int value = ArabicWords.number(words.get(k).text());
            Word numberWord = words.get(k);
            int consumed = k;
            boolean range = between.strip().equals("-") || between.strip().equals("\u2013");
            boolean separator =
                    range || between.strip().equals("،") || between.strip().equals(",");
            if (value < 0
                    && form.startsWith("و")
                    && ArabicWords.number(words.get(k).text().substring(1)) >= 0) {
                value = ArabicWords.number(words.get(k).text().substring(1)); // "و118", the "and" written on
                separator = between.isBlank();
            } else if (value < 0 && LIST_WORDS.contains(form) && between.isBlank() && k + 1 < words.size()) {
                range = form.equals("الى") || form.equals("حتى");
                consumed = k + 1;
                numberWord = words.get(consumed);
                value = ArabicWords.number(numberWord.text());
                separator = connected(text, words, k, consumed);
            }
            if (value < 0 || !separator || (!plural && !range) || !numberEnds(text, numberWord.end())) {
                return k;
            }
            Span span = Span.of(text, numberWord.start(), numberWord.end());
            if (range && value > previous && value - previous <= 12) {
                for (int n = previous + 1; n < value; n++) {
                    cues.add(new IssueCue(span, n, MagazineMatch.UNNAMED, null, confidence * 0.9));
                }
            }
            cues.add(new IssueCue(span, value, MagazineMatch.UNNAMED, null, confidence));
            previous = value;
            k = consumed + 1;
        }
        return k;
    }

    /** Not a decimal or a percentage: "العدد 2.5" and "عدد 30٪" cite nothing. */
    private static boolean numberEnds(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == '%' || c == '\u066a') {
            return false;
        }
        boolean decimal = c == '.' || c == ',' || c == '\u066b' || c == '\u066c';
        return !(decimal && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
    }

    /** A counted noun after the number ends in tanween fath ("30 شخصًا"): a count, not an issue. */
    private static boolean countedNounFollows(List<Word> words, int at) {
        if (at + 1 >= words.size()) {
            return false;
        }
        return ArabicWords.accusative(words.get(at + 1).text());
    }

    static List<Cue> kinds(String text, List<Word> words, List<String> forms) {
        List<Cue> cues = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String form = forms.get(k);
            if (ArabicWords.bare(form, SINCE) != null) {
                cues.add(new OriginCue(
                        Span.of(text, words.get(k).start(), words.get(k).end()), 0.5));
                continue;
            }
            Kind kind = kind(form);
            if (kind == null) {
                continue;
            }
            int end = words.get(k).end();
            // "رسالة القارئ": the reader's letter, as one cue
            if (k + 1 < words.size()
                    && kind.kind() == PieceKind.LETTER
                    && ArabicWords.bare(forms.get(k + 1), READERS) != null
                    && connected(text, words, k, k + 1)) {
                end = words.get(k + 1).end();
            }
            boolean latest = (k > 0 && LATEST.contains(forms.get(k - 1)))
                    || (k + 1 < words.size() && LATEST.contains(forms.get(k + 1)))
                    || (k + 2 < words.size() && LATEST.contains(forms.get(k + 2)));
            cues.add(new KindCue(Span.of(text, words.get(k).start(), end), kind.kind(), kind.own(), latest, 0.5));
        }
        return cues;
    }

    /** "رسالة", "الرسالة", "رسالتي", "ومقالها", "الافتتاحية"; "رد" only as "الرد" or "ردها". */
    private static Kind kind(String form) {
        Bare plain = ArabicWords.bare(form, LETTERS);
        Bare article = plain == null ? ArabicWords.bare(form, ARTICLES) : null;
        Bare found = plain != null ? plain : article;
        if (found != null) {
            if (NEED_ARTICLE.contains(found.word()) && !found.article()) {
                return null;
            }
            return new Kind(plain != null ? PieceKind.LETTER : PieceKind.ARTICLE, false);
        }
        for (List<String> endings : List.of(OWN_ENDINGS, OTHER_ENDINGS)) {
            for (String ending : endings) {
                if (form.length() > ending.length() + 1 && form.endsWith(ending)) {
                    Kind kind = possessed(form.substring(0, form.length() - ending.length()));
                    if (kind != null) {
                        return new Kind(kind.kind(), endings == OWN_ENDINGS);
                    }
                }
            }
        }
        return null;
    }

    /** The stem before a possessive ending: "رسالت" (taa marbuta written open), "مقال", "افتتاحيت", "رد". */
    private static Kind possessed(String stem) {
        String closed = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
        List<String> vocabulary = List.of(closed, stem);
        for (String form : vocabulary) {
            Bare letter = ArabicWords.bare(form, LETTERS);
            if (letter != null && !letter.article()) {
                return new Kind(PieceKind.LETTER, false);
            }
            Bare article = ArabicWords.bare(form, ARTICLES);
            if (article != null && !article.article() && !NEED_ARTICLE.contains(article.word())) {
                return new Kind(PieceKind.ARTICLE, false);
            }
        }
        return null;
    }

    static boolean connected(String text, List<Word> words, int left, int right) {
        return ArabicWords.spaced(text, words.get(left).end(), words.get(right).start());
    }

    private record Kind(PieceKind kind, boolean own) {}
}
