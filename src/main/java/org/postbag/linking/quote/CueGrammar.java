package org.postbag.linking.quote;

import java.util.List;
import java.util.regex.Pattern;
import org.postbag.linking.quote.Attribution.Kind;

/**
 * The words of attribution as regular expressions: names, verbs of saying, documents and works, descriptions of
 * speakers, denials, and the cues before and after a quotation that {@link AttributionDetector} reads. Kept apart so
 * that the vocabulary can grow (and be reviewed) without the reading rules around it.
 */
final class CueGrammar {

    private CueGrammar() {}

    static final String WORD = "\\p{Lu}[\\p{L}'\u2019\\-]*";
    static final String TITLE =
            "(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Reverend|Canon|Father|Councillor|Cllr)";
    static final String NAME_BODY = "(?:" + TITLE + "\\.?\\s+)?" + WORD
            + "(?:\\s+(?:(?:de|del|della|van|von|der|den|du|da|di|la|le|bin|ibn|al)\\s+)?" + WORD + "){0,3}";
    static final String NAME = "(?<![\\p{L}'\u2019])(?<name>" + NAME_BODY + ")";
    static final String VERB_WORDS = "put\\s+it|puts\\s+it|said|says|wrote|writes|argued|argues|observed"
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
            + "|left\\s+us|coined|coins|(?:like|likes|liked|love|loves|loved)\\s+to\\s+(?:say|put\\s+it|remind\\s+us|tell\\s+us)"
            + "|(?:is|are|was|were)\\s+fond\\s+of\\s+saying|framed\\s+it|frames\\s+it|put\\s+the\\s+case|made\\s+the\\s+point"
            + "|chanted|chant|sang|sing|sings";
    static final String ADVERB = "(?:once|famously|rightly|memorably|wisely|also|then|later|always|never|still"
            + "|himself|herself|themselves|fairly|clearly|bluntly|simply|even|too|surely|plainly|well|best)";
    /** Common verbs whose past tense ends in neither -ed nor -s: "Keynes had the reply:". */
    static final String IRREGULAR_PAST =
            "(?:had|gave|put|made|knew|saw|left|found|got|kept|took|said|wrote|thought|spoke"
                    + "|told|came|went|did|was|set|held|brought|taught|began|drew|heard|meant|felt|sang|won|lost)\\b";

    static final String VERB = "(?i:(?:" + ADVERB + "\\s+)?(?:" + VERB_WORDS + "))\\b";
    static final String PRONOUN = "(?i:he|she|they)";
    static final String WORK = "(?i:book|books|memoir|memoirs|pamphlet|speech|speeches|lecture|lectures|talk"
            + "|interview|interviews|blog|broadcast|thesis|novel|autobiography|podcast|essay|essays|sermon|diary"
            + "|diaries|maiden\\s+speech|manifesto|tract|poem|play|report|paper|study|biography|letters\\s+to|preface"
            + "|introduction|foreword|afterword|notebooks?|journals?|correspondence|history|memoir|obituary|review)";
    static final String DOC_NOUN_CAP = "(?:Manifesto|Charter|Declaration|Report|Act|Bill|Constitution"
            + "|Programme|Program|Minutes|Plan|Strategy|Treaty|Convention|Accord|Resolution|Statement|Bible|Gospel"
            + "|Testament|Principles|Rules|Rights|Address|Doctrine|Paper|Review|Survey)";
    static final String DOC_NOUN = "(?:report|charter|manifesto|minutes|leaflet|pamphlet|consultation"
            + "|consultation\\s+document|white\\s+paper|motion|press\\s+release|bill|rulebook|constitution|declaration"
            + "|petition|brochure|prospectus|plan|strategy|survey|study|policy|guidance|newsletter|website|statement"
            + "|resolution|agenda|circular|notice|briefing|review|prospectus|timetable|document|budget|bylaws|rule"
            + "|rules|law|laws|creed|oath|preamble|clause"
            + "|by-laws|programme|treaty|act|draft|lease|contract|standard|code)";
    static final String DOC_LINK = "(?:['\u2019]s?(?:\\s+(?:own|famous|opening|first|last|old|closing))?"
            + "(?:\\s+(?:promise|call|demand|phrase|line|words|slogan|motto|claim|pledge|principle)(?:\\s+of|\\s+for)?)?"
            + "|(?:\\s+(?:of\\s+)?\\d{4})?\\s+(?!(?:is|was|has|does|its|this|thus|us)\\b)\\p{Ll}{3,}(?:s|ed)\\b(?:\\s+that)?"
            + "|\\s+(?:does|did)|\\s+and\\s+its(?:\\s+\\w+){0,2}|\\s+with\\s+its(?:\\s+\\w+){0,2}|\\s*,?\\s+" + VERB
            + "(?:\\s+that)?|\\s+(?:begins|began|opens|opened|ends|ended)(?:\\s+with)?|\\s+(?:speaks|spoke|talks"
            + "|talked)\\s+of|(?:\\s*,\\s*(?:which|that)\\s+[^,:;\"\u201C\u201D]{1,60})?\\s*:)";

    static final String ROLE = "(?:spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|chief"
            + "\\s+executive|leader|minister|mayor|critics?|supporters?|opponents?|association|council|committee"
            + "|operator|company|gazette|paper|newspaper|radio|headline|headlines|readers?|brochure|leaflet|posters?"
            + "|banners?|placards?|officers?|officials?|councillors?|campaigners?|landlord|party|government|press"
            + "|website|advert|advertisement|statement|sub-editor|editor|union|friends|neighbours?|husband|wife"
            + "|son|daughter|father|mother|grandfather|grandmother|teacher|boss|manager|board|club|pub|TV|BBC"
            + "|slogan|motto|saying|proverb|adage|song|hymn|chant|graffiti|sign|notice|version|translation)";
    /** A word of a speaker's description: never a verb or a word that starts a clause ("her is the claim"). */
    static final String DESCRIPTION_WORD = "(?!(?i:is|was|are|were|be|been|am|has|have|had|do|does|did|that|which|who"
            + "|whom|whose|and|but|or|nor|not|if|when|because|than|then|to|whatever|whoever|i|i've|i'd|i'm|we|we've|you|he"
            + "|she|they|it)(?![\\p{L}'\u2019]))[\\p{L}'\u2019\\-]+";
    /** A concessive clause names nobody as a source: "whatever the contract says". */
    private static final String NOT_CONCESSIVE = "(?<!(?i:whatever|whoever|what)\\s)";

    static final String ROLE_NAME = NOT_CONCESSIVE
            + "(?<![\\p{L}'\u2019])(?<name>(?i:the|his|her|their|its|our|my|your|some|many|a|an|one\\s+of"
            + "\\s+(?:your|our|the|his|her|their))\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,3}?(?i:" + ROLE
            + "))(?![\\p{L}])";
    static final String SPEAKER = NOT_CONCESSIVE
            + "(?<![\\p{L}'\u2019])(?<name>(?i:the|my|his|her|our|their|your|a|an|one\\s+of\\s+(?:your|our|the"
            + "|his|her|their))\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,4}?" + DESCRIPTION_WORD + ")";
    /** Things that carry words nobody signs: a motto, a banner, a saying. */
    static final String UNSIGNED = "(?i:saying|sayings|motto|slogan|slogans|proverb|maxim|adage|chant|catchphrase"
            + "|watchword|refrain|banner|banners|placard|placards|badge|badges|graffiti|inscription|epitaph|toast|creed"
            + "|hymn|song|joke|sign)";
    /** Words said or printed, whoever's: those above, and a line, a phrase, a headline, a promise. */
    static final String UTTERANCE =
            "(?:" + UNSIGNED + "|(?i:line|phrase|headline|promise|pledge|message|wording" + "|caption|title))";

    static final Pattern ANSWERED_NOUN =
            Pattern.compile("(?i)^(?:the|your|her|his|their)\\s+(?:own\\s+)?(?:article|letter|piece|column|words)$"
                    + "|^(?:the|your|my)\\s+(?:previous\\s+|last\\s+|earlier\\s+)?correspondent$");
    static final String DENIAL = "(?i:\\b(?:did|does|do|would|could|will)\\s*(?:not|n['\u2019]t)\\s+(?:\\w+\\s+)?"
            + "(?:say|write|argue|claim|suggest|mean|think|use|contain)\\b|\\bnever\\s+(?:said|says|wrote|writes|argued|argues|claimed"
            + "|claims|suggested|suggests|mentions|mentioned|uses|used|contains)\\b|\\b(?:is|was|are|were)\\s+not\\s*,?\\s*$|\\bnot\\s*$|\\b(?:nor|neither)\\s+(?:does|did|do|is|was|has)"
            + "\\s+(?:[\\p{L}'\u2019\\-]+\\s+){0,4}?(?:say|write|argue|claim|suggest|contain|have|use|print)\\b)";

    static final Pattern ROLE_START =
            Pattern.compile("(?i:the|his|her|their|its|our|my|your|some|many|a|an|one\\s+of)\\s+[\\p{L}'\u2019\\-]+");
    static final Pattern ROLE_SUBJECT = Pattern.compile(
            "^[\\s\"\u201D\u2019')]*(?:(?i:and|but|so|yet|even|now)\\s+)?" + ROLE_NAME + "\\s+(?:who|which|that)?\\b");

    static final List<CuePattern> BEFORE = List.of(
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
                            + "|phrase|view|argument|statement|complaint|insistence|idea|belief|line|boast|promise|warning|case"
                            + "|charge|accusation|contention|point|proposal|demand|hope|fear|worry)"
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
                            + "|\\belsewhere\\b|\\bI\\s+(?:once\\s+)?(?:wrote|said|argued|put\\s+it)|\\b(?:in|of)\\s+\\d{4}\\b)"
                            + "|^\\s*(?i:in)\\s+\\p{Lu}[\\p{L}'\u2019\\-]*\\s*,|\\b(?i:in)\\s+(?:The|A|An|the(?=\\s+\\p{Lu}[\\p{L}\\-]*(?![\\p{L}'\u2019\\-])))\\s+\\p{Lu}[\\p{L}'\u2019\\-]*(?:\\s+(?:of|the|to|and|in|on|a|an|\\p{Lu}"
                            + "[\\p{L}'\u2019\\-]*)){0,8}"),
            new CuePattern(Kind.PERSON, "(?<pronoun>\\b" + PRONOUN + ")\\s+" + VERB),
            // "It also says": the piece just spoken of, which in a reply is the piece answered.
            new CuePattern(Kind.PRESUMED, "\\b(?i:it)\\s+" + VERB),
            new CuePattern(
                    Kind.PERSON,
                    "(?i:\\bin\\s+(?<pronoun>his|her|their)\\s+(?:own\\s+)?words|\\bto\\s+quote\\s+"
                            + "(?<pronoun2>him|her|them))"),
            // "we had a saying:", "the old motto on the Co-op's shop fronts,": the words of a thing nobody signs.
            new CuePattern(
                    Kind.PERSON,
                    "(?<name>(?i:a|an|the|our|their|its|this|that|one)\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,2}?"
                            + UNSIGNED
                            + "(?:\\s+(?i:of|on|in|from|at|over|above|round|around)\\s+[^,:;\"\u201C\u201D]{1,60}?)?)"
                            + "(?:\\s+" + VERB + ")?\\s*[:,]?\\s*$"),
            // "the claim that": a claim presented as somebody's, in a reply the answered author's.
            new CuePattern(
                    Kind.PRESUMED,
                    "(?i:\\bthe\\s+(?:claim|assertion|suggestion|notion|contention|argument|idea)\\s+that)\\b"),
            // "The Gazette quoted the report as saying": the words are the report's, as the Gazette reports them.
            new CuePattern(
                    Kind.PERSON,
                    "(?i:quoted|quotes|quoting|cited|cites|citing|reported|reports|paraphrased|paraphrases)\\s+(?<name>"
                            + NAME_BODY + "|(?i:the|his|her|their|your|a|an)\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,3}?"
                            + DESCRIPTION_WORD + ")\\s+(?i:as\\s+(?:saying|writing|stating|claiming|arguing|promising"
                            + "|having\\s+\\p{L}+))"),
            // "The regulator's standard is that", "Ms Osei's view was that": the owner of a position speaks.
            new CuePattern(
                    Kind.PERSON,
                    "(?<name>(?:(?i:the|a|an|our|my|your)\\s+)?(?:" + DESCRIPTION_WORD + "\\s+){0,2}?"
                            + DESCRIPTION_WORD
                            + ")['\u2019]s?\\s+(?:own\\s+)?(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:is|was|remains|reads)\\s*(?:that)?\\s*,?\\s*$"),
            // A sentence whose subject is a person and that ends in a colon: "Keynes framed it well in 1926:". A
            // capitalised first word is a person's name only if a verb in the third person follows ("Fewer know" is
            // not).
            new CuePattern(
                    Kind.PERSON,
                    "^\\s*(?:(?i:and|but|so|yet|then|now)\\s+)?" + NAME + "(?:['\u2019]s?\\s+\\p{Ll}[\\p{L}\\-]*"
                            + "|(?:\\s*,[^,\"\u201C\u201D]{1,80},)?(?=\\s+(?:\\p{Ll}+(?:ed|s)\\b|" + IRREGULAR_PAST
                            + "|" + VERB + ")))"
                            + "\\s+\\p{Ll}[^:;\"\u201C\u201D]{0,80}:\\s*$"));

    static final Pattern AFTER_DASH = Pattern.compile("^\\s*[,.;]?\\s*(?:--|\u2014|\u2013)\\s*" + NAME);
    static final Pattern AFTER_BRACKET =
            Pattern.compile("^\\s*[,.;]?\\s*\\(\\s*" + NAME + "\\s*(?:[,:;][^()]{0,60})?\\)");
    static final Pattern AFTER_VERB_NAME =
            Pattern.compile("^\\s*[,.]?\\s*(?:" + VERB + ")\\s+(?:(?i:the)\\s+(?=" + TITLE + "\\b))?" + NAME);
    static final Pattern AFTER_NAME_VERB = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?" + NAME + "\\s+" + VERB);
    /** '", as the economists like to say', '" -- that is how my teacher ended': a described speaker after it. */
    static final Pattern AFTER_SPEAKER = Pattern.compile("^\\s*[,]?\\s*(?:--|\u2014|\u2013)?\\s*(?<as>(?i:as)\\s+)?"
            + "(?<name>(?i:the|my|his|her|our|their|your|a|an|some)\\s+(?:" + DESCRIPTION_WORD + "\\s+){0,3}?"
            + DESCRIPTION_WORD + ")\\s+" + VERB);
    /** '" is what we chanted', '" was how Mr Aldridge put it': whoever the clause names. */
    static final Pattern AFTER_WHAT =
            Pattern.compile("^\\s*,?\\s*(?:--|\u2014|\u2013)?\\s*(?i:that\\s+)?(?i:is|was|are|were)"
                    + "\\s+(?i:what|how)\\s+(?<name>[^,.;:!?\"\u201C\u201D]{1,40}?)\\s+(?:" + VERB + "|\\p{Ll}+ed\\b)");
    /** '" was the line in the draft that leaked': a thing that carries the words. */
    static final Pattern AFTER_UTTERANCE =
            Pattern.compile("^\\s*,?\\s*(?i:is|was)\\s+(?<name>(?i:the|a|an|their|our|its)\\s+(?:" + DESCRIPTION_WORD
                    + "\\s+){0,2}?" + UTTERANCE + ")\\b(?<rest>[^.;:!?\"\u201C\u201D]{0,80})");
    /** After a verb of saying: another occasion or work ("in 1852", "four years later, in the Eighteenth Brumaire"). */
    static final Pattern ELSEWHEN = Pattern.compile(
            "^(?:(?!,\\s*(?i:who|which|whose)\\b)[^.;:!?\"\u201C\u201D]){0,40}?(?:\\b(?i:in|of)\\s+(?:\\d{4}\\b|(?:the\\s+)?"
                    + "\\p{Lu}[\\p{L}'\u2019\\-]+)|\\b(?i:years?|months?|decades?)\\s+(?i:later|earlier|before|after)\\b)");

    static final Pattern WORK_IN =
            Pattern.compile("^\\s*(?i:in|of|on|from)\\s+(?<work>(?i:the|your|her|his|their)\\s+(?:own\\s+)?\\p{L}+)");
    static final Pattern AFTER_PHRASE =
            Pattern.compile("^\\s*[,]?\\s*(?i:in\\s+the\\s+words\\s+of|to\\s+quote|according\\s+to)\\s+" + NAME);
    static final Pattern AFTER_PRONOUN = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?(?:(?<pronoun>" + PRONOUN + ")\\s+"
            + VERB + "|" + VERB + "\\s+(?<pronoun2>" + PRONOUN + ")\\b)");
    static final Pattern AFTER_POSSESSIVE =
            Pattern.compile("^\\s*,?\\s*(?i:which|that)\\s+(?i:was|is)\\s+(?i:also\\s+)?(?i:his|hers|theirs)\\b");
    static final Pattern AFTER_YOU = Pattern.compile(
            "^\\s*[,]?\\s*(?i:as\\s+)?(?i:you\\s+(?:" + VERB_WORDS + ")|(?:" + VERB_WORDS + ")\\s+you)\\b");
    static final Pattern AFTER_OTHER_WORK = Pattern.compile("^\\s*[,]?\\s*(?i:as\\s+)?(?:" + PRONOUN + "|" + NAME_BODY
            + ")\\s+" + VERB + "\\s+(?i:in|on)\\s+(?i:his|her|their|the\\s+same)\\s+(?:\\w+\\s+)?" + WORK);
    static final Pattern PARENTHESIS_END = Pattern.compile("(?:--|\u2014|\u2013|,|;)\\s*" + NAME + "\\s*[.]?\\s*$");
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}'\u2019])(?<name>" + NAME_BODY + ")(?![\\p{L}'\u2019])");

    record CuePattern(Kind kind, Pattern regex) {
        CuePattern(Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }
}
