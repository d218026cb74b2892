package org.postbag.linking.quote;

import static org.postbag.linking.quote.CueGrammar.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Attribution.Kind;
import org.postbag.linking.quote.CueGrammar.CuePattern;

/**
 * The words of attribution in German, French and Arabic, as data beside the English grammar of {@link CueGrammar}:
 * for each language, the cues before a quotation ("wie Brecht schrieb:", "selon Jaurès,", "كما قال ابن خلدون:") and
 * after it ("», écrivait Proudhon", "“, schrieb Heine", "»، كما قال المتنبي"). {@link AttributionDetector} reads them
 * with the same rules as the English ones (nearest cue wins), so adding a language is adding its lists here.
 */
final class LanguageCues {

    private LanguageCues() {}

    /** A language's cues: before a quotation (read like {@link CueGrammar#BEFORE}) and right after it. */
    record Language(String tag, List<CuePattern> before, List<After> after) {}

    /** A cue after the closing mark, anchored at it; its group "name" names the source unless it is the answered. */
    record After(Kind kind, Pattern regex) {
        After(Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }

    // German ---------------------------------------------------------------------------------------------------------

    private static final String DE_TITLE = "(?:Herr|Herrn|Frau|Dr\\.|Prof\\.|Professor|Professorin|Pfarrer)";
    private static final String DE_NAME = "(?<name>(?:" + DE_TITLE + "\\s+)?(?:" + DE_TITLE + "\\s+)?" + WORD
            + "(?:\\s+(?:(?:von|van|de|zu|vom)\\s+)?" + WORD + "){0,2})(?![\\p{L}])";
    private static final String DE_VERB = "(?:(?:einmal|einst|schon|treffend|bekanntlich|zu\\s+Recht|so|es)\\s+){0,2}"
            + "(?:schreibt|schrieb|sagt|sagte|meint|meinte|behauptet|behauptete|erklärt|erklärte|fordert|forderte"
            + "|warnt|warnte|betont|betonte|nennt|nannte|notierte|notiert|spottete|dichtete|lehrte|rief|formulierte"
            + "|formuliert|fragte|fragt|klagte|mahnte|mahnt|predigte|urteilte|stellt\\s+fest|stellte\\s+fest"
            + "|(?:hat|hatte)\\s+(?:(?:es|so|einmal|treffend|bekanntlich|schon|selbst|uns)\\s+){0,3}(?:geschrieben"
            + "|gesagt|formuliert|behauptet|genannt|gefordert|gewarnt|gelehrt)|brachte\\s+es\\s+auf\\s+den\\s+Punkt)"
            + "(?![\\p{L}])";
    /** A speaker described, not named: German capitalises the noun ("das Sprichwort", "meine Großmutter"). */
    private static final String DE_DESCRIBED = "(?<name>(?:das|der|die|ein|eine|mein|meine|unser|unsere|dein|deine"
            + "|jeder|jede)\\s+(?:\\p{Ll}+\\s+){0,2}?\\p{Lu}\\p{L}+)";

    private static final Language GERMAN = new Language(
            "de",
            List.of(
                    // "Sie schreiben", "Ihr Artikel behauptet", "wie Sie schreiben": the answered author, addressed
                    new CuePattern(
                            Kind.ANSWERED,
                            "(?:\\bSie\\s+(?:schreiben|schrieben|behaupten|meinen|sagen|fordern|nennen|erklären)"
                                    + "|\\bIhr(?:e)?\\s+(?:Artikel|Beitrag|Leitartikel|Kolumne|Brief|Leserbrief"
                                    + "|Autorin|Autor)\\s+" + DE_VERB + ")(?![\\p{L}])"),
                    // a pronoun back to a person named before: "wie er schrieb", "Sie sagte" (the formal "Sie" takes
                    // the plural), before names, which "Er" would be
                    new CuePattern(
                            Kind.PERSON,
                            "(?<pronoun>\\b(?:[Ee]r|[Ss]ie))\\s+(?:(?:einmal|einst|schon|so|es)\\s+){0,2}(?:schrieb|sagte"
                                    + "|meinte|behauptete|schreibt|sagt|meint|behauptet|nannte|forderte)(?![\\p{L}])"),
                    new CuePattern(Kind.PERSON, "(?i:\\bwie|\\bso)\\s+" + DE_NAME + "\\s+" + DE_VERB),
                    new CuePattern(Kind.PERSON, DE_NAME + "\\s+" + DE_VERB),
                    // inverted after a verb or an adverb: "Dazu schrieb Heine:", "schreibt Frau Weber, dass"
                    new CuePattern(Kind.PERSON, DE_VERB + "\\s+" + DE_NAME),
                    new CuePattern(Kind.PERSON, "(?i:um\\s+es\\s+mit)\\s+" + DE_NAME + "\\s+(?i:zu\\s+sagen)"),
                    new CuePattern(Kind.PERSON, "(?i:mit)\\s+" + DE_NAME + "\\s+(?i:gesprochen)"),
                    new CuePattern(
                            Kind.PERSON,
                            "(?i:\\blaut|\\bfrei\\s+nach|\\bzitiert\\s+nach|\\bin\\s+den\\s+Worten\\s+von"
                                    + "|\\bich\\s+zitiere|\\bzitieren\\s+wir|\\bbei)\\s+(?:dem\\s+|der\\s+)?"
                                    + DE_NAME),
                    new CuePattern(Kind.PERSON, "\\bso\\s+" + DE_NAME + "\\s*[:,]?\\s*$"),
                    new CuePattern(Kind.PERSON, "(?i:\\bwie)\\s+" + DE_DESCRIBED + "\\s+" + DE_VERB),
                    // a sentence ending in a colon whose subject is a name: "Heinrich Heine hat es gewusst:"
                    new CuePattern(Kind.PERSON, "^\\s*" + DE_NAME + "\\s+\\p{Ll}[^:;„“»«]{0,60}:\\s*$"),
                    new CuePattern(
                            Kind.DOCUMENT,
                            "(?<name>(?i:das|der|die|dem|den|im|in\\s+der|im)\\s+(?:\\p{L}+\\s+){0,2}?"
                                    + "(?:Manifest|Manifests|Bericht|Berichts|Gutachten|Grundgesetz|Programm|Satzung"
                                    + "|Beschluss|Flugblatt|Gesetz|Verfassung|Protokoll|Erklärung|Aufruf|Koalitionsvertrag"
                                    + "|Ratsbeschluss|Haushaltsplan|Pressemitteilung)(?:\\s+(?:des|der|von)\\s+\\p{L}+"
                                    + "(?:\\s+\\p{L}+)?)?)(?:\\s+(?:heißt\\s+es|steht|sagt|verspricht|versprach"
                                    + "|fordert|nennt|behauptet)|\\s+heißt\\s+es)"),
                    // things nobody signs: a proverb, a banner, a motto
                    new CuePattern(
                            Kind.PERSON,
                            "(?<name>(?i:das|ein|der|die|den|dem|auf\\s+(?:dem|den|einem))\\s+(?:alte\\s+|alten\\s+)?"
                                    + "(?:Sprichwort|Spruch|Motto|Parole|Slogan|Transparent|Transparenten|Plakat"
                                    + "|Plakaten|Schild|Redensart|Volksmund))")),
            List.of(
                    new After(Kind.PERSON, "^\\s*[,.]?\\s*(?:so\\s+|wie\\s+)?" + DE_VERB + "\\s+" + DE_NAME),
                    new After(Kind.PERSON, "^\\s*,?\\s*(?:so|wie|laut)\\s+" + DE_NAME),
                    new After(Kind.PERSON, "^\\s*[,.]?\\s*(?:so\\s+|wie\\s+)?" + DE_VERB + "\\s+" + DE_DESCRIBED),
                    new After(
                            Kind.ANSWERED,
                            "^\\s*,?\\s*(?:schreiben|behaupten|meinen|sagen)\\s+Sie\\b|^\\s*,?\\s*wie\\s+Sie\\s+"
                                    + "(?:schreiben|schrieben|sagen)")));

    // French ---------------------------------------------------------------------------------------------------------

    private static final String FR_TITLE = "(?:Mme|M\\.|Mlle|Monsieur|Madame|Me|Dr|Pr|Maître)";
    private static final String FR_NAME = "(?<name>(?:" + FR_TITLE + "\\s+)?" + WORD
            + "(?:\\s+(?:(?:de|du|des|de\\s+la|d['\u2019])\\s*)?" + WORD + "){0,2})(?![\\p{L}])";
    private static final String FR_VERB = "(?:(?:l['\u2019]|le\\s+|bien\\s+|si\\s+bien\\s+|déjà\\s+|jadis\\s+"
            + "|justement\\s+){0,2})(?:a\\s+(?:bien\\s+|déjà\\s+)?(?:écrit|dit|affirmé|déclaré|résumé|proclamé)"
            + "|écrit|écrivait|écrivit|dit|disait|affirme|affirmait|déclare|déclarait|prétend|prétendait|soutient"
            + "|soutenait|rappelle|rappelait|note|notait|ajoute|ajoutait|lançait|lance|proclamait|clamait|résumait"
            + "|résume|observe|observait|assure|assurait|estime|estimait|avance|explique|expliquait|répétait|répète"
            + "|martelait|martèle|chantait|professait|enseignait|aimait\\s+à\\s+dire|constatait|constate|répond|répondait"
            + "|réplique|rétorque|objecte|objectait)(?![\\p{L}])";
    /** A speaker or a paper described, not named: "le proverbe", "ma grand-mère", "le communiqué de la mairie". */
    private static final String FR_DESCRIBED = "(?<name>(?:le|la|les|l['\u2019]|un|une|mon|ma|mes|notre|nos)\\s*"
            + "(?:[\\p{L}\\-]+\\s+){0,3}?[\\p{L}\\-]+)";

    private static final Language FRENCH = new Language(
            "fr",
            List.of(
                    new CuePattern(
                            Kind.ANSWERED,
                            "(?i:\\bvous\\s+(?:l['\u2019])?(?:écrivez|affirmez|dites|prétendez|soutenez|avancez"
                                    + "|estimez|proposez|assurez)|\\bcomme\\s+vous\\s+l['\u2019](?:écrivez|écriviez|dites)"
                                    + "|\\bvotre\\s+(?:article|éditorial|lettre|chronique|tribune)\\s+(?:affirme|dit"
                                    + "|prétend|soutient|avance|écrit|assure))(?![\\p{L}])"),
                    // "selon Jaurès,", "d'après Mme Dupont", "pour citer Camus :", "comme le disait Jaurès"
                    new CuePattern(
                            Kind.PERSON,
                            "(?i:\\bselon|\\bd['\u2019]après|\\bpour\\s+citer|\\bpour\\s+reprendre\\s+(?:les\\s+mots"
                                    + "|la\\s+formule|le\\s+mot)\\s+d[e'\u2019]|\\bcomme\\s+(?:le\\s+|l['\u2019])?"
                                    + "(?:disait|écrivait|dit|écrit|a\\s+dit|a\\s+écrit|rappelait|affirmait|chantait"
                                    + "|répétait|notait)|\\bcitons|\\bje\\s+cite)\\s*" + FR_NAME),
                    new CuePattern(
                            Kind.PERSON,
                            "(?<pronoun>\\b(?i:il|elle))\\s+(?:l['\u2019]|le\\s+)?(?:a\\s+écrit|a\\s+dit|écrit"
                                    + "|écrivait|dit|disait|affirme|affirmait|ajoute|ajoutait|prétend)(?![\\p{L}])"),
                    new CuePattern(Kind.PERSON, FR_NAME + "\\s+" + FR_VERB),
                    new CuePattern(Kind.PERSON, FR_VERB + "\\s+" + FR_NAME),
                    new CuePattern(
                            Kind.DOCUMENT,
                            "(?<name>(?i:le|la|les|l['\u2019]|du|de\\s+la|dans\\s+le|dans\\s+la)\\s*(?:\\p{L}+\\s+){0,2}?"
                                    + "(?i:Manifeste|rapport|Déclaration|charte|Constitution|programme|tract|délibération"
                                    + "|communiqué|préambule|code|loi)(?:\\s+(?:du|de\\s+la|des|de|d['\u2019])\\s*\\p{L}+"
                                    + "(?:\\s+\\p{L}+)?)?)(?:\\s+(?:affirme|dit|proclame|promet|promettait|annonce|prévoit"
                                    + "|déclare|commence\\s+par)|\\s*:|\\s*,\\s*on\\s+lit)"),
                    new CuePattern(
                            Kind.PERSON,
                            "(?<name>(?i:le|un|la|les|sur\\s+les|sur\\s+une|sur\\s+la)\\s+(?:vieux\\s+|vieille\\s+)?"
                                    + "(?:proverbe|dicton|slogan|devise|mot\\s+d['\u2019]ordre|banderoles?|pancartes?"
                                    + "|adage|affiches?))"),
                    new CuePattern(Kind.PERSON, "(?i:\\bselon|\\bd['\u2019]après)\\s+" + FR_DESCRIBED + "\\s*,"),
                    new CuePattern(Kind.PERSON, "(?<name>(?i:comme\\s+on\\s+dit|comme\\s+dit\\s+le\\s+proverbe))")),
            List.of(
                    new After(Kind.PERSON, "^\\s*[,.]?\\s*(?:comme\\s+)?" + FR_VERB + "\\s+" + FR_NAME),
                    new After(Kind.PERSON, "^\\s*,?\\s*(?i:selon|d['\u2019]après)\\s+" + FR_NAME),
                    new After(Kind.PERSON, "^\\s*,?\\s*(?:comme\\s+)?" + FR_VERB + "\\s+" + FR_DESCRIBED + "\\s*[.,;]"),
                    new After(
                            Kind.ANSWERED,
                            "^\\s*,?\\s*(?:écrivez|dites|affirmez)-vous|^\\s*,?\\s*comme\\s+vous\\s+l['\u2019]"
                                    + "(?:écrivez|dites)")));

    // Arabic ---------------------------------------------------------------------------------------------------------

    /** An Arabic word that can be part of a name: not a preposition, a conjunction or "that". */
    private static final String AR_WORD = "(?!(?:في|من|على|عن|إلى|الى|أن|إن|ان|بأن|الذي|التي|قد|كان|حين|عندما"
            + "|ذات|مرة|يوما|يومًا|قبل|بعد|منذ|لنا|لهم|له|لها|ما|إنه|إنها|أنه|أنها|العكس|ذلك|هذا|هذه|أيضا|أيضًا"
            + "|قديما|قديمًا|بحق|محقا|محقًا|دائما|دائمًا|نفسه|نفسها|هو|هي)(?![\\p{L}\\p{M}]))"
            + "[\\p{IsArabic}&&[\\p{L}\\p{M}]]+";

    private static final String AR_NAME = "(?<name>" + AR_WORD + "(?:\\s+" + AR_WORD + "){0,2})";
    private static final String AR_VERB = "[وف]?(?:قال|قالت|يقول|تقول|كتب|كتبت|يكتب|تكتب|أكد|أكدت|يؤكد|تؤكد|رأى"
            + "|يرى|ترى|زعم|زعمت|يزعم|تزعم|ذكر|ذكرت|أضاف|أضافت|يضيف|وصف|صرح|صرّح|أعلن|أعلنت|ردد|يردد|قائلا|قائلًا"
            + "|قائلة|يقولون|علّم|يعلّمنا|أنشد|ينشد|غنّى|غنت|يرد|ترد|رد|ردت|يجيب|تجيب|أجاب|أجابت|يقترح|تقترح"
            + "|اقترح|اقترحت|يصف|تصف|يظن|تظن|ظن|ظنت)";
    /** What may follow a name in a cue: a colon or comma, the end, or "that", "in", "once". */
    private static final String AR_NAME_END =
            "(?=(?:\\s+(?:قديما|قديمًا|أيضا|أيضًا|بحق|دائما|دائمًا|يوما|يومًا))?\\s*(?:[:،,؛.]|$|(?:إن|أن|ان|بأن|في"
                    + "|عن|حين|عندما|ذات|مرة|قبل|منذ)(?![\\p{L}\\p{M}])))";

    private static final Language ARABIC = new Language(
            "ar",
            List.of(
                    // "كما كتبتم", "مقالكم يقول", "تقول الكاتبة": the answered author
                    new CuePattern(
                            Kind.ANSWERED,
                            "(?:كما\\s+)?[وف]?(?:كتبتم|تقولون|قلتم|تزعمون|ذكرتم|تؤكدون|ترون|كتبتِ|تقولين|تزعمين)"
                                    + "(?![\\p{L}\\p{M}])|(?:مقالكم|مقالتكم|افتتاحيتكم|رسالتكم|مقالك|مقالتك|رسالتك)\\s+"
                                    + "(?:يقول|تقول|يزعم|تزعم|يؤكد|تؤكد)|" + AR_VERB
                                    + "\\s+(?:الكاتبة|الكاتب|كاتبة\\s+المقال|كاتب\\s+المقال|كاتب\\s+الرسالة"
                                    + "|صاحبة\\s+المقال|صاحب\\s+المقال|صاحب\\s+الرسالة)(?![\\p{L}\\p{M}])"),
                    new CuePattern(Kind.PERSON, "(?:كما\\s+)?" + AR_VERB + "\\s+" + AR_NAME + AR_NAME_END),
                    new CuePattern(
                            Kind.PERSON,
                            "(?:على\\s+حد\\s+تعبير|بتعبير|بحسب|حسب|وفقًا\\s+ل|وفقا\\s+ل|نقلًا\\s+عن|نقلا\\s+عن"
                                    + "|على\\s+لسان|بكلمات|بلسان)\\s*" + AR_NAME + AR_NAME_END),
                    // a pronoun with nobody named: "كما قالت" is the answered author, as in a reply
                    new CuePattern(Kind.PRESUMED, "كما\\s+(?:قال|قالت|كتب|كتبت|يقول|تقول)\\s*[:،,]?\\s*$"),
                    // "حين يقول إن": a verb with no name after it, the person it refers back to
                    new CuePattern(
                            Kind.PERSON,
                            "(?<pronoun>(?:حين|عندما|إذ|لكنه|لكنها|وهو|وهي|فهو|فهي)\\s+" + AR_VERB
                                    + ")\\s+(?:إن|أن|ان|بأن)\\s*$"),
                    new CuePattern(
                            Kind.PERSON,
                            "(?:كان|كانت)\\s+(?<name>" + AR_WORD + "(?:\\s+" + AR_WORD + "){0,2}?)\\s+(?:يقول|تقول"
                                    + "|يردد|تردد|يكتب|تكتب)\\s*[:،,]?\\s*$"),
                    new CuePattern(
                            Kind.DOCUMENT,
                            "(?:جاء|ورد|نقرأ|نص|يقول|تقول|ينص)\\s+(?:في\\s+)?(?<name>(?:ال)?(?:تقرير|بيان|ميثاق|دستور"
                                    + "|منشور|قرار|برنامج|البيان|التقرير|الميثاق|الدستور|المنشور|القرار|البرنامج|إعلان"
                                    + "|الإعلان)(?:\\s+" + AR_WORD + "){0,3}?)(?:(?=\\s*(?:[:،,]|$))|\\s+(?:الذي|التي)"
                                    + "[^:«»\"]{0,60}:\\s*$)"),
                    // things nobody signs: a proverb, a banner, a slogan
                    new CuePattern(
                            Kind.PERSON,
                            "(?<name>(?:ال)?(?:مثل|المثل\\s+الشعبي|شعار|لافتة|لافتات|هتاف|حكمة|القول\\s+المأثور"
                                    + "|اللافتة|اللافتات|الشعار|الهتاف|الحكمة))(?:\\s+[^:«»\"]{0,40})?\\s*[:،,]?\\s*$")),
            List.of(
                    new After(Kind.PERSON, "^\\s*[،,.]?\\s*(?:كما\\s+)?" + AR_VERB + "\\s+" + AR_NAME + AR_NAME_END),
                    new After(Kind.PERSON, "^\\s*[،,.]?\\s*\\(\\s*" + AR_NAME + "\\s*(?:[،,][^()]{0,60})?\\)"),
                    new After(Kind.PERSON, "^\\s*[،,.]?\\s*(?:--|\u2014|\u2013)\\s*" + AR_NAME),
                    new After(Kind.ANSWERED, "^\\s*[،,]?\\s*(?:كما\\s+)?(?:كتبتم|تقولون|قلتم|تزعمون)")));

    static final List<Language> LANGUAGES = List.of(GERMAN, FRENCH, ARABIC);

    /** Every language's cues before a quotation, read after the English ones. */
    static final List<CuePattern> BEFORE = before();

    private static List<CuePattern> before() {
        List<CuePattern> all = new ArrayList<>();
        LANGUAGES.forEach(language -> all.addAll(language.before()));
        return List.copyOf(all);
    }

    /**
     * Whether another quotation opens later in the same sentence: '»، ويرد السيد منصور بأن «' introduces the next
     * quotation, it does not sign this one.
     */
    private static boolean opensAnother(String after, int from) {
        for (int i = Math.max(0, from - 1); i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
            if (c == '«' || c == '„' || c == '“' || c == '"' || (c == '»' && i > from && after.charAt(i - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The first cue of any language right after a closing mark, or null. */
    static Attribution after(String letter, int close, int to) {
        String rest = letter.substring(Math.min(close + 1, to), to);
        String after = rest.length() > 160 ? rest.substring(0, 160) : rest;
        for (Language language : LANGUAGES) {
            for (After cue : language.after()) {
                Matcher matcher = cue.regex().matcher(after);
                if (!matcher.find() || opensAnother(after, matcher.end())) {
                    continue;
                }
                if (cue.kind() == Kind.ANSWERED) {
                    return new Attribution(Kind.ANSWERED, "", matcher.group());
                }
                String name = matcher.group("name").strip();
                return new Attribution(cue.kind(), name, matcher.group());
            }
        }
        return null;
    }
}
