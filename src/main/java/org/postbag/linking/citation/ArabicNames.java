package org.postbag.linking.citation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.postbag.linking.citation.ArabicWords.Bare;
import org.postbag.linking.citation.Words.Word;

/**
 * Names in Arabic script. Arabic has no capitals, so a name is read only where something announces it: an honorific
 * ("السيد", "السيدة", "الدكتور", "الدكتورة", "د.", "الأستاذ", "الأستاذة", "للدكتورة" with a preposition written on)
 * or "بقلم" (by). The name is the words after it up to the first word that cannot be one (a preposition, a verb of
 * saying, an adjective such as "المحترم"), at most two words, or three with a particle ("بن", "عبد") or a family name
 * with the article ("الحسيني"). A verb that is not on the list can still slip in after a single surname ("السيد منصور
 * يخطئ"): the ranker then finds no author of that name, which costs a suggestion, never a wrong one.
 */
final class ArabicNames {

    private static final Set<String> HONORIFICS =
            ArabicWords.set("سيد سيده دكتور دكتوره استاذ استاذه انسه مهندس مهندسه شيخ شيخه");

    private static final Set<String> BYLINES = ArabicWords.set("بقلم");

    /** Words that end a name: prepositions, pronouns, verbs of saying and judging, adjectives after a name. */
    private static final Set<String> NOT_NAMES = ArabicWords.set(
            "في من عن الى حتى مع منذ حول بشان بعد قبل عند لدى ان انه انها بان لان كما الذي التي الذين و او ثم",
            "لا لم لن ما هل قد كان كانت يكون هو هي هم انت انتم هذا هذه ذلك تلك هنا كل بعض غير اي",
            "قال قالت يقول تقول كتب كتبت يكتب تكتب يرى ترى راى رات يزعم تزعم زعم زعمت يعتقد تعتقد اعتقد",
            "يخطئ تخطئ اخطا اخطات محق محقه مخطئ مخطئه يؤكد تؤكد اكد اكدت يطالب تطالب يقترح تقترح اقترح اقترحت",
            "المحترم المحترمه الكريم الكريمه العزيز العزيزه الفاضل الفاضله المنشور المنشوره الاخير الاخيره",
            "السابق السابقه نفسه نفسها ايضا جدا تماما كثيرا دائما ابدا رساله مقال مقاله العدد عدد");

    /**
     * "على" (on) is normalised as "علي", the name Ali: it is compared as written, alef maqsura and all, so that "شكرًا
     * للسيد منصور على رسالته" ends the name and "السيد علي حسن" keeps it.
     */
    private static final String ON = "على";

    private ArabicNames() {}

    private static String withoutMarks(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).replaceAll("\\p{Mn}+", "");
    }

    static List<NameCue> find(String text, List<Word> words, List<String> forms, BitSet blocked) {
        List<NameCue> cues = new ArrayList<>();
        for (int k = 0; k + 1 < words.size(); k++) {
            String form = forms.get(k);
            Bare honorific = ArabicWords.bare(form, HONORIFICS);
            boolean abbreviated = form.equals("د") && followedByStop(text, words.get(k));
            boolean titled = (honorific != null && honorific.article()) || abbreviated;
            boolean byline = !titled && ArabicWords.bare(form, BYLINES) != null;
            if (!titled && !byline) {
                continue;
            }
            int first = k + 1;
            if (!joined(text, words.get(k), words.get(first), abbreviated)) {
                continue;
            }
            int last = nameEnd(text, words, forms, first, blocked);
            if (last < first) {
                continue;
            }
            cues.add(cue(text, words, forms, words.get(k), first, last, titled));
            k = last;
        }
        return cues;
    }

    private static boolean followedByStop(String text, Word word) {
        return word.end() < text.length() && text.charAt(word.end()) == '.';
    }

    /** Spaces between honorific and name, or "د." and then spaces (or nothing: "د.سلمى"). */
    private static boolean joined(String text, Word honorific, Word name, boolean abbreviated) {
        int from = honorific.end() + (abbreviated ? 1 : 0);
        return ArabicWords.spaced(text, from, name.start()) || (abbreviated && from == name.start());
    }

    /** The index of the name's last word; less than first when no name follows. */
    private static int nameEnd(String text, List<Word> words, List<String> forms, int first, BitSet blocked) {
        int last = first - 1;
        boolean particle = false;
        for (int k = first; k < words.size() && k < first + 4; k++) {
            Word word = words.get(k);
            String form = forms.get(k);
            if (k > first && !ArabicCues.connected(text, words, k - 1, k)) {
                break;
            }
            if (!ArabicWords.isArabic(word.text())
                    || ArabicWords.bare(form, NOT_NAMES) != null
                    || ON.equals(withoutMarks(word.text()))
                    || ArabicWords.accusative(word.text())
                    || isBlocked(word, blocked)
                    || ArabicWords.number(word.text()) >= 0) {
                break;
            }
            boolean isParticle = PersonName.PARTICLES.contains(form);
            int words2 = k - first;
            // a third word only after a particle ("محمد بن سلمان") or as a family name with the article ("الحسيني")
            if (words2 >= 2 && !particle && !isParticle && !form.startsWith("ال")) {
                break;
            }
            particle = isParticle;
            last = k;
            if (words2 >= 3) {
                break;
            }
        }
        while (last >= first && PersonName.PARTICLES.contains(forms.get(last))) {
            last--; // "السيد عبد" is not a name yet
        }
        return last;
    }

    private static NameCue cue(
            String text, List<Word> words, List<String> forms, Word announcer, int first, int last, boolean titled) {
        List<String> parts = new ArrayList<>(forms.subList(first, last + 1));
        PersonName person = PersonName.fromWords(parts);
        int nameStart = words.get(first).start();
        int nameEnd = words.get(last).end();
        String given = person.givenName() == null ? null : words.get(first).text();
        return new NameCue(
                Span.of(text, announcer.start(), nameEnd),
                text.substring(nameStart, nameEnd),
                given,
                person.surname(),
                titled ? announcer.text() : null,
                false,
                titled ? 0.9 : 0.8);
    }

    private static boolean isBlocked(Word word, BitSet blocked) {
        return blocked.nextSetBit(word.start()) >= 0 && blocked.nextSetBit(word.start()) < word.end();
    }
}
