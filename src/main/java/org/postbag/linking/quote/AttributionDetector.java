package org.postbag.linking.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * Reads whose words a quotation is from the cues writers really use: before it in the same sentence ("To quote
 * Bakunin:", "as Lenin put it,", "Ms Natarajan writes that", "the Communist Manifesto's"), at the end of the paragraph
 * that runs into a block or a quoted paragraph ("Orwell put it well:"), after it ('-- Orwell', '(Keynes, 1936)', '",
 * wrote Orwell'), at the end of a parenthesis around it, and pronouns that refer back to a person named earlier ("As
 * he argued:"). Cues that point to the answered author ("as you wrote") or to another of their works ("in her book")
 * are kept apart, because they decide what the quotation is checked against.
 *
 * <p>When cues compete, the one nearest the quotation wins; a cue more than {@value #MAX_DISTANCE} characters before
 * it, or in an earlier sentence, attributes nothing.
 */
final class AttributionDetector {

    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*";
    private static final String TITLE = "(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Councillor|Cllr)";
    private static final String NAME_BODY = "(?:" + TITLE + "\\.?\\s+)?" + WORD
            + "(?:\\s+(?:(?:de|del|della|van|von|der|den|du|da|di|la|le|bin|ibn|al)\\s+)?" + WORD + "){0,3}";
    private static final String NAME = "(?<![\\p{L}'\u2019])(?<name>" + NAME_BODY + ")";
    private static final String VERB_WORDS = "put\\s+it|puts\\s+it|said|says|wrote|writes|argued|argues|observed"
            + "|observes|noted|notes|remarked|remarks|claimed|claims|declared|declares|insisted|insists|objected"
            + "|objects|suggested|suggests|asserted|asserts|maintained|maintains|warned|warns|concluded|concludes"
            + "|added|adds|replied|replies|answered|answers|called|calls|termed|terms|dubbed|described\\s+as"
            + "|describes\\s+as|tells\\s+us|told\\s+us|reminds\\s+us|reminded\\s+us|proclaimed|proclaims|taught"
            + "|teaches|thought|believed|complained|complains|admitted|admits|promised|promises|urged|urges"
            + "|spoke\\s+of|speaks\\s+of|put\\s+it\\s+\\w+|said\\s+it\\s+\\w+|phrased\\s+it|summed\\s+it\\s+up"
            + "|calls\\s+for|called\\s+for|states|stated|reads|recommends|recommended|explained|explains|contends"
            + "|contended|cried|asked|asks|predicted|predicts|boasted|boasts|demanded|demands|ruled|held|holds"
            + "|quipped|mused|lamented|laments|recalled|recalls|reported|reports|announced|announces|replied"
            + "|(?:has|have|had)\\s+(?:said|written|argued|claimed|told\\s+\\w+)|told\\s+(?:the\\s+)?\\w+|seems?\\s+to"
            + "\\s+think|thinks|pretends?|pretended|would\\s+have\\s+it|reckons|supposes|imagines|quoted|quotes"
            + "|(?:is|was)\\s+quoted\\s+as\\s+saying|say|write|argue|insist|believe|suggest|wants?|wanted"
            + "|proposes|proposed|would\\s+like|used\\s+to\\s+(?:say|write|argue|tell\\s+us)|had\\s+it|has\\s+it"
            + "|goes|went|attributes\\s+to|attributed\\s+to|claim|pretend|maintain|point\\s+out|points\\s+out"
            + "|pointed\\s+out|reply|answer|complain|warn|note|tell\\s+us|remind\\s+us|gave\\s+us|gives\\s+us"
            + "|left\\s+us|coined|coins";
    private static final String ADVERB = "(?:once|famously|rightly|memorably|wisely|also|then|later|always|never|still"
            + "|himself|herself|themselves|fairly|clearly|bluntly|simply|even|too|surely|plainly|well|best)";
    private static final String VERB = "(?i:(?:" + ADVERB + "\\s+)?(?:" + VERB_WORDS + "))\\b";
    private static final String PRONOUN = "(?i:he|she|they)";
    private static final String WORK = "(?i:book|books|memoir|memoirs|pamphlet|speech|speeches|lecture|lectures|talk"
            + "|interview|interviews|blog|broadcast|thesis|novel|autobiography|podcast|essay|essays|sermon|diary"
            + "|diaries|maiden\\s+speech|manifesto|tract|poem|play|report|paper|study|biography|letters\\s+to)";
    private static final String DOC_NOUN_CAP = "(?:Manifesto|Charter|Declaration|Report|Act|Bill|Constitution"
            + "|Programme|Program|Minutes|Plan|Strategy|Treaty|Convention|Accord|Resolution|Statement|Bible|Gospel"
            + "|Testament|Principles|Rules|Rights|Address|Doctrine|Paper|Review|Survey)";
    private static final String DOC_NOUN = "(?:report|charter|manifesto|minutes|leaflet|pamphlet|consultation"
            + "|consultation\\s+document|white\\s+paper|motion|press\\s+release|bill|rulebook|constitution|declaration"
            + "|petition|brochure|prospectus|plan|strategy|survey|study|policy|guidance|newsletter|website|statement"
            + "|resolution|agenda|circular|notice|briefing|review|prospectus|timetable|document|budget|bylaws|rule"
            + "|rules|law|laws|creed|oath|preamble|clause"
            + "|by-laws|programme|treaty|act)";
    private static final String DOC_LINK = "(?:['\u2019]s?(?:\\s+(?:own|famous|opening|first|last|old|closing))?"
            + "(?:\\s+(?:promise|call|demand|phrase|line|words|slogan|motto|claim|pledge|principle)(?:\\s+of|\\s+for)?)?"
            + "|\\s+(?:does|did)|\\s+and\\s+its(?:\\s+\\w+){0,2}|\\s+with\\s+its(?:\\s+\\w+){0,2}|\\s*,?\\s+" + VERB
            + "(?:\\s+that)?|\\s+(?:begins|began|opens|opened|ends|ended)(?:\\s+with)?|\\s+(?:speaks|spoke|talks"
            + "|talked)\\s+of|\\s*:)";

    private static final String ROLE = "(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|chief"
            + "\\s+executive|leader|minister|mayor|critics?|supporters?|opponents?|association|council|committee"
            + "|operator|company|gazette|paper|newspaper|radio|headline|headlines|readers?|brochure|leaflet|posters?"
            + "|banners?|placards?|officers?|officials?|councillors?|campaigners?|landlord|party|government|press"
            + "|website|advert|advertisement|statement|sub-editor|editor|union|friends|neighbours?|husband|wife"
            + "|son|daughter|father|mother|grandfather|grandmother|teacher|boss|manager|board|club|pub|TV|BBC"
            + "|slogan|motto|saying|proverb|adage|song|hymn|chant|graffiti|sign|notice|version|translation)";
    private static final String ROLE_NAME =
            "(?<![\\p{L}'\u2019])(?<name>(?i:the|his|her|their|its|our|my|your|some|many|a|an|one\\s+of"
                    + "\\s+(?:your|our|the|his|her|their))\\s+(?:[\\p{L}'\u2019\\-]+\\s+){0,3}?(?i:" + ROLE
                    + "))(?![\\p{L}])";
    private static final String SPEAKER =
            "(?<![\\p{L}'\u2019])(?<name>(?i:the|my|his|her|our|their|your|a|an|one\\s+of\\s+(?:your|our|the"
                    + "|his|her|their))\\s+(?:[\\p{L}'\u2019\\-]+\\s+){0,4}?[\\p{L}'\u2019\\-]+)";
    private static final Pattern ANSWERED_NOUN =
            Pattern.compile("(?i)^(?:the|your|her|his|their)\\s+(?:own\\s+)?(?:article|letter|piece|column|words)$");
    private static final String DENIAL =
            "(?i:\\b(?:did|does|do|would|could|will)\\s*(?:not|n['\u2019]t)\\s+(?:\\w+\\s+)?"
                    + "(?:say|write|argue|claim|suggest|mean|think|use|contain)\\b|\\bnever\\s+(?:said|wrote|argued|claimed"
                    + "|suggested)\\b|\\b(?:is|was|are|were)\\s+not\\s*,?\\s*$|\\bnot\\s*$)";

    private static final Pattern ROLE_START =
            Pattern.compile("(?i:the|his|her|their|its|our|my|your|some|many|a|an|one\\s+of)\\s+[\\p{L}'\u2019\\-]+");
    private static final Pattern ROLE_SUBJECT = Pattern.compile(
            "^[\\s\"\u201D\u2019')]*(?:(?i:and|but|so|yet|even|now)\\s+)?" + ROLE_NAME + "\\s+(?:who|which|that)?\\b");

    /** A cue and the span of the sentence it covers. */
    private record Cue(Attribution.Kind kind, String name, int start, int end) {}

    private static final List<CuePattern> BEFORE = List.of(
            new CuePattern(Kind.PERSON, ROLE_NAME + "(?:\\s*,[^,\"\u201C\u201D]{1,80},)?\\s+" + VERB),
            // Anybody a noun phrase names, followed by a verb of saying: "my old shop steward used to say".
            new CuePattern(Kind.PERSON, SPEAKER + "(?:\\s*,[^,\"\u201C\u201D]{1,80},)?\\s+" + VERB),
            // "As the Tramways Act of 1899 put it,": whatever stands between "as" and the verb is the source.
            new CuePattern(
                    Kind.PERSON,
                    "(?i:\\bas)\\s+(?!(?i:he|she|they|you|I|we|it)\\b)(?<name>[^,;:\"\u201C\u201D]{2,60}?)"
                            + "\\s+(?i:put\\s+it|said|says|wrote|writes|has\\s+it|had\\s+it|used\\s+to\\s+say|argued|argues"
                            + "|observed|noted|reminds\\s+us|reminded\\s+us|tells\\s+us|told\\s+us)\\s*,"),
            new CuePattern(Kind.PERSON, "(?i:in\\s+the\\s+words\\s+of|according\\s+to)\\s+" + ROLE_NAME),
            new CuePattern(
                    Kind.PERSON,
                    "(?i:has|had|makes|made|lets|let)\\s+" + NAME
                            + "\\s+(?i:say|declare|remark|observe|announce|cry)\\b"),
            new CuePattern(Kind.PERSON, NAME + "\\s*,\\s*(?i:who)\\s+" + VERB),
            new CuePattern(
                    Kind.PERSON,
                    "(?i:\\b(?<pronoun3>his|her|their)\\s+(?:own\\s+)?(?:claim|assertion|suggestion"
                            + "|phrase|view|argument|statement|complaint|insistence|idea|belief|line|boast|promise|warning)"
                            + "(?:\\s+that)?)"),
            new CuePattern(Kind.DISOWNED, DENIAL),
            new CuePattern(Kind.PERSON, "(?i:attribut(?:es|ed|ing)\\s+to)\\s+" + NAME),
            new CuePattern(
                    Kind.PERSON,
                    NAME + "\\s+(?i:began|begins|opened|opens|ended|ends|closed|closes)\\s+"
                            + "(?:[\\p{L}'\u2019]+\\s+){0,4}?(?i:with)\\b"),
            // "Beveridge's report named": a person's document or work, not the person speaking.
            new CuePattern(
                    Kind.DOCUMENT,
                    "(?<name>" + NAME_BODY + "['\u2019]s?\\s+(?:own\\s+|famous\\s+|first\\s+)?" + "(?i:" + DOC_NOUN
                            + "|" + WORK + "))(?![\\p{L}])"),
            // The second half of a split quotation: '"...," wrote Orwell, "..."'.
            new CuePattern(Kind.PERSON, "(?i:" + VERB_WORDS + ")\\s+" + NAME + "\\s*,?\\s*$"),
            // A work named after its author: "Mill's On Liberty", "Paine's Rights of Man".
            new CuePattern(
                    Kind.DOCUMENT,
                    "(?<name>" + NAME_BODY + "['\u2019]s?\\s+" + WORD + "(?:\\s+(?:of|the|a|an|to|and|in|on|for|" + WORD
                            + ")){0,6})(?![\\p{L}])"),
            new CuePattern(Kind.PERSON, "(?i:(?:let\\s+(?:us|me)\\s+)?quote|quoting|to\\s+quote)\\s+" + NAME),
            new CuePattern(Kind.PERSON, "(?i:in\\s+the\\s+(?:immortal\\s+|famous\\s+)?words\\s+of)\\s+" + NAME),
            new CuePattern(Kind.PERSON, "(?i:according\\s+to)\\s+" + NAME),
            // Letters often cite the piece in brackets after the name: "Margaret Osei (no. 120) writes that".
            new CuePattern(
                    Kind.PERSON,
                    NAME + "(?:\\s*\\([^()]{0,60}\\))?(?:\\s*,[^,\"\u201C\u201D]{1,80},|\\s*,)?\\s+" + VERB),
            new CuePattern(
                    Kind.PERSON,
                    NAME + "['\u2019]s?(?:\\s+(?:own|famous|memorable|old|phrase|line|words|maxim"
                            + "|dictum|slogan|motto|remark|warning|claim|description|formula|verdict|definition)){0,2}\\s*,?\\s*$"),
            new CuePattern(
                    Kind.DOCUMENT,
                    "(?<name>(?:the\\s+)?(?:" + WORD + "['\u2019]?s?\\s+){0,5}" + DOC_NOUN_CAP
                            + "(?:\\s+of\\s+(?:the\\s+)?" + WORD + "(?:\\s+" + WORD + "){0,3})?)" + DOC_LINK),
            new CuePattern(
                    Kind.DOCUMENT,
                    "(?<name>(?i:the|a|this|that|its|their)\\s+(?:[\\p{L}'\u2019\\-]+\\s+){0,3}?" + "(?i:" + DOC_NOUN
                            + "))" + DOC_LINK),
            new CuePattern(
                    Kind.ANSWERED,
                    "(?i:\\byou\\s+(?:" + ADVERB + "\\s+)?(?:" + VERB_WORDS
                            + "|write|say|argue|claim|suggest|insist|call"
                            + "|think|tell\\s+us|seem\\s+to\\s+think)\\b|\\b(?:the|your|her|his|their)\\s+(?:article"
                            + "|letter|piece|column)\\s+(?:" + ADVERB + "\\s+)?(?:" + VERB_WORDS + ")\\b|\\byour\\s+"
                            + "(?:own\\s+)?(?:letter|article|piece|column|words|phrase|claim|argument)|\\b(?:the|your|my)\\s+"
                            + "(?:previous\\s+|last\\s+|earlier\\s+)?correspondent|\\b(?:last\\s+(?:week|month|issue)['\u2019]s"
                            + "|the\\s+previous)\\s+(?:letter|article|writer|piece)|\\byou\\s+(?:put\\s+it|call|called))"),
            new CuePattern(
                    Kind.OTHER_WORK,
                    "(?i:\\b(?:in|from|of)\\s+(?<owner>his|her|their|your|my)\\s+(?:own\\s+|new\\s+"
                            + "|latest\\s+|last\\s+|recent\\s+|\\d{4}\\s+|famous\\s+|earlier\\s+|first\\s+|best-selling\\s+)?"
                            + WORK
                            + "\\b|\\bthe\\s+same\\s+(?:speech|book|interview|lecture|pamphlet|essay|broadcast|talk"
                            + "|sermon|programme|radio\\s+interview)\\b|\\bon\\s+(?:the\\s+radio|television|the\\s+hustings)"
                            + "|\\belsewhere\\b|\\bI\\s+(?:once\\s+)?(?:wrote|said|argued|put\\s+it))"
                            + "|\\b(?i:in)\\s+(?:The|A|An)\\s+\\p{Lu}[\\p{L}'\u2019\\-]*(?:\\s+(?:of|the|to|and|in|on|a|an|\\p{Lu}"
                            + "[\\p{L}'\u2019\\-]*)){0,8}"),
            new CuePattern(Kind.PERSON, "(?<pronoun>\\b" + PRONOUN + ")\\s+" + VERB),
            // "It also says": the piece just spoken of, which in a reply is the piece answered.
            new CuePattern(Kind.PRESUMED, "\\b(?i:it)\\s+" + VERB),
            new CuePattern(
                    Kind.PERSON,
                    "(?i:\\bin\\s+(?<pronoun>his|her|their)\\s+(?:own\\s+)?words|\\bto\\s+quote\\s+"
                            + "(?<pronoun2>him|her|them))"));

    private static final Pattern AFTER_DASH = Pattern.compile("^\\s*[,.;]?\\s*(?:--|\u2014|\u2013)\\s*" + NAME);
    private static final Pattern AFTER_BRACKET =
            Pattern.compile("^\\s*[,.;]?\\s*\\(\\s*" + NAME + "\\s*(?:[,:;][^()]{0,60})?\\)");
    private static final Pattern AFTER_VERB_NAME = Pattern.compile("^\\s*[,.]?\\s*(?:" + VERB + ")\\s+" + NAME);
    private static final Pattern AFTER_NAME_VERB = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?" + NAME + "\\s+" + VERB);
    private static final Pattern AFTER_PHRASE =
            Pattern.compile("^\\s*[,]?\\s*(?i:in\\s+the\\s+words\\s+of|to\\s+quote|according\\s+to)\\s+" + NAME);
    private static final Pattern AFTER_PRONOUN = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?(?:(?<pronoun>" + PRONOUN
            + ")\\s+" + VERB + "|" + VERB + "\\s+(?<pronoun2>" + PRONOUN + ")\\b)");
    private static final Pattern AFTER_POSSESSIVE =
            Pattern.compile("^\\s*,?\\s*(?i:which|that)\\s+(?i:was|is)\\s+(?i:also\\s+)?(?i:his|hers|theirs)\\b");
    private static final Pattern AFTER_YOU = Pattern.compile(
            "^\\s*[,]?\\s*(?i:as\\s+)?(?i:you\\s+(?:" + VERB_WORDS + ")|(?:" + VERB_WORDS + ")\\s+you)\\b");
    private static final Pattern AFTER_OTHER_WORK = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?(?:" + PRONOUN + "|"
            + NAME_BODY + ")\\s+" + VERB + "\\s+(?i:in|on)\\s+(?i:his|her|their|the\\s+same)\\s+(?:\\w+\\s+)?" + WORK);
    private static final Pattern PARENTHESIS_END =
            Pattern.compile("(?:--|\u2014|\u2013|,|;)\\s*" + NAME + "\\s*[.]?\\s*$");
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}'\u2019])(?<name>" + NAME_BODY + ")(?![\\p{L}'\u2019])");

    /** Capitalised words that start a sentence or a phrase without naming anyone. */
    static final Set<String> NOT_NAMES = words("the a an and but or so yet then now as when while if because"
            + " since though although this that these those here there in on at of to for with by from after before"
            + " indeed still also even perhaps what which who i we you he she they it one someone everyone nobody"
            + " people critics readers residents councillors officials experts supporters opponents some many others"
            + " most all both yes no well sic emphasis my our original italics ibid see cf his her their its"
            + " let quoting quote according today yesterday tomorrow last next every each such how why where"
            + " sir madam dear editor council government ministers minister party members everybody anyone"
            + " p pp para paragraph page chapter op cit again let's surely sadly alas meanwhile however thus"
            + " hence moreover besides instead otherwise finally first second third lastly mind nor not never"
            + " monday tuesday wednesday thursday friday saturday sunday january february march april may june"
            + " july august september october november december god lord christ jesus neither either none"
            + " whatever whoever nothing something everything anything");

    /** Words that may begin a sentence but are never a person referred back to. */
    private static final Set<String> SENTENCE_STARTERS = words("it's i'm i've i'd we're there's that's what's"
            + " nothing something everything anything nowhere somewhere trams buses cars cities towns councils"
            + " people workers unions owners tenants landlords shops libraries schools housing rents prices"
            + " money taxes co-operatives cooperatives socialism capitalism property freedom liberty history"
            + " politics nationalisation ownership transport");

    /** Last words of capitalised phrases that name a place or a body, not a person. */
    private static final Set<String> PLACE_WORDS = words("valley street road lane avenue council city borough hall park"
            + " bridge party trust company ltd plc review times guardian post herald university college school line"
            + " station square river county district ward estate centre center committee assembly parliament"
            + " commons lords office ministry department board authority union society league association club"
            + " church chapel cathedral court house town village moor dale gate market");

    private static final Pattern PRECEDING_PLACE =
            Pattern.compile("(?i:\\b(?:the|in|at|on|from|to|into|across|near|of|via|through|towards)\\s+)$");
    private static final Pattern FOLLOWING_VERB = Pattern.compile("\\s*,?\\s*(?:was|is|had|has|spent|knew|saw|lived"
            + "|died|thought|believed|wrote|said|argued|never|always|once|himself|herself|\\p{Ll}+ed|\\p{Ll}+s)\\b");

    private static final Set<String> ABBREVIATIONS = words("mr mrs ms dr st prof rev sr jr no nos vol cf vs cllr");
    private static final String CLOSERS = "\"\u201D\u2019')]";
    private static final int MAX_DISTANCE = 100;
    private static final int ANTECEDENT_REACH = 600;

    /** The name that the end of {@code textBefore} attributes the quotation following it to. */
    Optional<String> nameBefore(String textBefore) {
        Attribution attribution = before(textBefore, textBefore, 0, false, MAX_DISTANCE);
        return attribution.kind() == Kind.PERSON || attribution.kind() == Kind.DOCUMENT
                ? attribution.named()
                : Optional.empty();
    }

    /**
     * The attribution of the quotation whose marks are at {@code open} and {@code close} (for a block, its first and
     * last character) in the paragraph {@code [from, to)}, with {@code lead} the text that may introduce it from the
     * paragraph before ({@code [leadFrom, leadTo)}, empty if none).
     */
    Attribution attribute(
            String letter, int open, int close, int from, int to, int leadFrom, int leadTo, String quoted) {
        Attribution after = after(letter, open, close, from, to, quoted);
        if (after != null) {
            return after;
        }
        String sameParagraph = withoutQuotations(letter.substring(from, open));
        if (sameParagraph.isBlank() && leadTo > leadFrom) {
            return lead(letter, leadFrom, leadTo);
        }
        return before(letter, sameParagraph, from, false, MAX_DISTANCE);
    }

    /**
     * A paragraph that runs into the quotation: "To quote Kropotkin:", "As he argued,", or a short sentence that ends
     * on its cue ("Orwell put it better.").
     */
    private Attribution lead(String letter, int from, int to) {
        String lead = letter.substring(from, to);
        char last = lead.charAt(lead.length() - 1);
        if (":,\u2014-".indexOf(last) >= 0) {
            return before(letter, lead, from, true, MAX_DISTANCE);
        }
        if (last != '.') {
            return Attribution.presumed();
        }
        return before(letter, lead.substring(0, lead.length() - 1), from, true, 2);
    }

    /** The text with earlier quotations blanked out, so that words inside them are never read as a cue. */
    private static String withoutQuotations(String text) {
        StringBuilder blanked = new StringBuilder(text);
        int open = -1;
        for (int i = 0; i < blanked.length(); i++) {
            if (!QuoteMark.isDoubleMark(blanked.charAt(i))) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                for (int j = open + 1; j < i; j++) {
                    // Letters go, punctuation stays, so that a sentence ending inside a quotation still ends.
                    if (Character.isLetterOrDigit(blanked.charAt(j))) {
                        blanked.setCharAt(j, ' ');
                    }
                }
                open = -1;
            }
        }
        return blanked.toString();
    }

    /** The cue at the end of {@code text}, which starts at {@code offset} in the letter. */
    private Attribution before(String letter, String text, int offset, boolean lead, int maxTail) {
        String sentence = lastSentence(text);
        int sentenceOffset = offset + text.length() - sentence.length();
        Cue best = null;
        Cue otherWork = null;
        Cue named = null;
        for (CuePattern pattern : BEFORE) {
            Matcher matcher = pattern.regex().matcher(sentence);
            while (matcher.find()) {
                Cue cue = cue(pattern.kind(), matcher);
                if (cue != null && (best == null || cue.end() > best.end())) {
                    best = cue;
                }
                if (cue != null && cue.kind() == Kind.OTHER_WORK) {
                    otherWork = cue;
                }
                if (cue != null
                        && (cue.kind() == Kind.PERSON || cue.kind() == Kind.DOCUMENT)
                        && !"?".equals(cue.name())
                        && (named == null || cue.end() > named.end())) {
                    named = cue;
                }
            }
        }
        if (best != null
                && "?".equals(best.name())
                && best.kind() == Kind.PERSON
                && named != null
                && named.end() <= best.start()) {
            // "The Gazette says he wants a co-operative": reported speech is the reporter's words.
            best = named;
        }
        if (otherWork != null
                && best != null
                && best.kind() == Kind.PERSON
                && otherWork.start() >= best.start()
                && otherWork.end() <= best.end()) {
            // "Engels, in The Condition of the Working Class, wrote": his, but another work than the one answered.
            best = new Cue(Kind.OTHER_WORK, best.name(), best.start(), best.end());
        }
        if (best == null) {
            Matcher subject = ROLE_SUBJECT.matcher(sentence);
            if (subject.find()) {
                // "Your reader who quoted the Manifesto was right to call it": whoever the sentence is about.
                best = new Cue(Kind.PERSON, subject.group("name"), subject.start("name"), subject.end());
            }
        }
        if (otherWork != null
                && best.kind() == Kind.PERSON
                && "?".equals(best.name())
                && tail(sentence, otherWork.end()) <= MAX_DISTANCE) {
            // "Elsewhere she put it that": the pronoun says who, the other cue says it is not the answered piece.
            best = new Cue(Kind.OTHER_WORK, "?", otherWork.start(), Math.max(otherWork.end(), best.end()));
        }
        int limit = Math.min(maxTail, best != null && best.kind() == Kind.DOCUMENT ? MAX_DISTANCE / 2 : MAX_DISTANCE);
        if (best == null || sentence.strip().length() == 0 || tail(sentence, best.end()) > limit) {
            return Attribution.presumed();
        }
        String cueText = sentence.substring(best.start(), best.end());
        if (lead) {
            // A lead-in paragraph ("To quote Kropotkin:") shows best as a whole, up to its colon.
            cueText = sentence.substring(best.start()).strip();
        }
        return resolve(best, cueText, letter, sentenceOffset + best.start());
    }

    private static int tail(String sentence, int end) {
        return sentence.substring(end).strip().length();
    }

    private static Cue cue(Kind kind, Matcher matcher) {
        String name = group(matcher, "name");
        if (name != null) {
            boolean role = kind == Kind.PERSON && ROLE_START.matcher(name).lookingAt();
            if (role && ANSWERED_NOUN.matcher(name.strip()).matches()) {
                return new Cue(Kind.ANSWERED, "", matcher.start(), matcher.end());
            }
            Optional<String> cleaned = role
                    ? Optional.of(name.strip().replaceFirst("['\u2019]s?$", ""))
                    : kind == Kind.DOCUMENT ? cleanDocument(name) : clean(name);
            if (cleaned.isEmpty()) {
                return null;
            }
            Kind resolved = kind == Kind.PERSON && isDocument(cleaned.get()) ? Kind.DOCUMENT : kind;
            return new Cue(resolved, cleaned.get(), matcher.start(), matcher.end());
        }
        String owner = group(matcher, "owner");
        if (owner != null) {
            String lower = owner.toLowerCase(Locale.ROOT);
            return new Cue(Kind.OTHER_WORK, lower.equals("your") ? "" : "?", matcher.start(), matcher.end());
        }
        String pronoun = group(matcher, "pronoun") != null
                ? group(matcher, "pronoun")
                : group(matcher, "pronoun2") != null ? group(matcher, "pronoun2") : group(matcher, "pronoun3");
        if (pronoun != null) {
            return new Cue(Kind.PERSON, "?", matcher.start(), matcher.end());
        }
        return new Cue(kind, kind == Kind.OTHER_WORK ? "?" : "", matcher.start(), matcher.end());
    }

    /** Turns a pronoun ("?") into the person it refers back to, or into a presumption if there is none. */
    private Attribution resolve(Cue cue, String cueText, String letter, int cueStart) {
        if (!"?".equals(cue.name())) {
            return new Attribution(cue.kind(), cue.name(), cueText);
        }
        Optional<String> antecedent = antecedent(letter, cueStart);
        if (cue.kind() == Kind.OTHER_WORK) {
            return new Attribution(Kind.OTHER_WORK, antecedent.orElse(""), cueText);
        }
        if (antecedent.isEmpty() && cueText.matches("(?is).*\\b(?:they|them|their)\\b.*")) {
            // "As they say": a saying, which names no source at all.
            return Attribution.presumed();
        }
        return antecedent
                .map(name -> new Attribution(Kind.PERSON, name, cueText, true))
                // "she argues" with nobody named before: the answered author, as a reply would mean it.
                .orElseGet(() -> new Attribution(Kind.PRESUMED, "", cueText));
    }

    /**
     * The last person named before {@code position}, in the same paragraph and within a few sentences. Only mentions that read as a person
     * count: with a title ("Ms Natarajan"), or a capitalised name not after "the" or a preposition (which would make
     * it a place or a body: "in the Aire Valley"), and at a sentence start only when a verb follows ("Kropotkin
     * spent his life").
     */
    Optional<String> antecedent(String letter, int position) {
        // A pronoun refers back within its own paragraph: a reply's "she says" after a break means the answered author.
        int paragraphStart = Math.max(letter.lastIndexOf("\n\n", Math.max(0, position - 1)), 0);
        int from = Math.max(paragraphStart, position - ANTECEDENT_REACH);
        String text = letter.substring(from, position);
        Matcher matcher = MENTION.matcher(text);
        String last = null;
        while (matcher.find()) {
            Optional<String> cleaned = clean(matcher.group("name"));
            if (cleaned.isEmpty() || isDocument(cleaned.get())) {
                continue;
            }
            String name = cleaned.get();
            boolean titled = name.matches(TITLE + "\\.?\\s+.*");
            int start = matcher.start() + matcher.group("name").indexOf(name);
            if (titled || isPerson(text, start, start + name.length(), name)) {
                last = name;
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isPerson(String text, int start, int end, String name) {
        String lastWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (PLACE_WORDS.contains(lastWord)
                || PRECEDING_PLACE
                        .matcher(text.substring(Math.max(0, start - 12), start))
                        .find()) {
            return false;
        }
        boolean possessive = text.startsWith("'", end) || text.startsWith("\u2019", end);
        if (!atSentenceStart(text, start) || possessive) {
            return true;
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return !SENTENCE_STARTERS.contains(first)
                && FOLLOWING_VERB.matcher(text.substring(end)).lookingAt();
    }

    private static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0
                && (Character.isWhitespace(text.charAt(i))
                        || CLOSERS.indexOf(text.charAt(i)) >= 0
                        || QuoteMark.isDoubleMark(text.charAt(i))
                        || text.charAt(i) == '>')) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** A line that signs a block quotation: "-- Kropotkin, Mutual Aid". */
    Optional<Attribution> signature(String line) {
        Matcher matcher = AFTER_DASH.matcher(line);
        return Optional.ofNullable(named(matcher, line)).map(a -> new Attribution(a.kind(), a.name(), line));
    }

    /** A cue right after the quotation, or at the end of a parenthesis around it. */
    private Attribution after(String letter, int open, int close, int from, int to, String quoted) {
        String rest = letter.substring(Math.min(close + 1, to), to);
        String after = rest.length() > 160 ? rest.substring(0, 160) : rest;
        boolean endsSentence = quoted.strip().matches("(?s).*[.!?]$");
        for (Pattern pattern : List.of(AFTER_DASH, AFTER_BRACKET, AFTER_PHRASE)) {
            Attribution named = named(pattern.matcher(after), after);
            if (named != null) {
                return named;
            }
        }
        Matcher otherWork = AFTER_OTHER_WORK.matcher(after);
        if (otherWork.find()) {
            return new Attribution(Kind.OTHER_WORK, antecedent(letter, open).orElse(""), otherWork.group());
        }
        Attribution named = named(AFTER_VERB_NAME.matcher(after), after);
        if (named == null && !endsSentence) {
            named = named(AFTER_NAME_VERB.matcher(after), after);
        }
        if (named != null) {
            return named;
        }
        Matcher you = AFTER_YOU.matcher(after);
        if (you.find()) {
            return new Attribution(Kind.ANSWERED, "", you.group());
        }
        Matcher possessive = AFTER_POSSESSIVE.matcher(after);
        if (possessive.find()) {
            return resolve(new Cue(Kind.PERSON, "?", 0, 0), possessive.group(), letter, open);
        }
        Matcher pronoun = AFTER_PRONOUN.matcher(after);
        if (pronoun.find() && !(endsSentence && group(pronoun, "pronoun") != null)) {
            Cue cue = new Cue(Kind.PERSON, "?", 0, 0);
            return resolve(cue, pronoun.group(), letter, open);
        }
        return inParenthesis(letter, open, close, from, to);
    }

    private static Attribution named(Matcher matcher, String after) {
        if (!matcher.find()) {
            return null;
        }
        Optional<String> name = clean(matcher.group("name"));
        if (name.isEmpty()) {
            return null;
        }
        Kind kind = isDocument(name.get()) ? Kind.DOCUMENT : Kind.PERSON;
        return new Attribution(kind, name.get(), after.substring(0, matcher.end()));
    }

    /** '("property is theft" is the whole argument -- Proudhon)': the name closing the parenthesis. */
    private static Attribution inParenthesis(String letter, int open, int close, int from, int to) {
        int i = open - 1;
        while (i >= from && Character.isWhitespace(letter.charAt(i))) {
            i--;
        }
        if (i < from || letter.charAt(i) != '(') {
            return null;
        }
        int closing = letter.indexOf(')', close + 1);
        if (closing < 0 || closing >= to) {
            return null;
        }
        String inside = letter.substring(close + 1, closing);
        Matcher matcher = PARENTHESIS_END.matcher(inside);
        if (!matcher.find()) {
            return null;
        }
        Optional<String> name = clean(matcher.group("name"));
        return name.map(n -> new Attribution(
                        isDocument(n) ? Kind.DOCUMENT : Kind.PERSON,
                        n,
                        matcher.group().strip()))
                .orElse(null);
    }

    private static boolean isDocument(String name) {
        return name.matches("(?s).*\\b" + DOC_NOUN_CAP + "\\b.*")
                || name.matches("(?is)^(?:the|a|this|that|its|their)\\s+.*\\b" + DOC_NOUN + "\\b.*");
    }

    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Drops sentence-initial words such as "As" or "Then" and a possessive; pronouns leave nothing. */
    private static Optional<String> clean(String name) {
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_NAMES.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        if (first == words.length) {
            return Optional.empty();
        }
        String cleaned = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        cleaned = cleaned.replaceFirst("['\u2019]s?$", "");
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** A document's name as the letter gives it, without a trailing possessive. */
    private static Optional<String> cleanDocument(String name) {
        String cleaned = name.strip().replaceFirst("['\u2019]s?$", "");
        List<String> words = new ArrayList<>(Arrays.asList(cleaned.split("\\s+")));
        while (words.size() > 1
                && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The text after the last sentence end, so that a name in an earlier sentence is never taken. */
    static String lastSentence(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                return text.substring(i + 1);
            }
        }
        return text;
    }

    private static boolean endsSentence(String text, int stop) {
        int next = stop + 1;
        while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isUpperCase(text.charAt(next)) && !isQuoteMark(text.charAt(next))) {
            return false;
        }
        int wordStart = stop;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // "Mr. Aldridge", "no. 117" and "J. K. Rowling" go on; a stop after a number or a bracket ends a sentence.
        String word = text.substring(wordStart, stop).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1;
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static boolean isQuoteMark(char c) {
        return QuoteMark.isDoubleMark(c) || c == '\'' || c == '\u2018';
    }

    private static Set<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }

    private record CuePattern(Kind kind, Pattern regex) {
        CuePattern(Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }
}
