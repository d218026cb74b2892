package org.postbag.linking.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Citations as an Arabic-language review's readers write them: issues, honorifics and names, kinds, dates. */
class ArabicCuesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    private final CitationParser parser = new CitationParser("المجلة الشمالية");

    private Citations parse(String text) {
        return parser.parse(text, RECEIVED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        مقالكم في العدد 249 كان مجحفًا.              | العدد 249     | 249
        قرأت في العدد ٢٤٩ رسالة طويلة.               | العدد ٢٤٩     | 249
        كما جاء في عدد 117 من مجلتكم                 | عدد 117       | 117
        نشرتم في العدد رقم 120 ردًا على ذلك.          | العدد رقم 120 | 120
        وبالعدد 118 نشرتم رسالة أخرى.                | وبالعدد 118   | 118
        أشير إلى الرسالة المنشورة (رقم 121).          | رقم 121       | 121
        منذ العدد ۱۱۷ وأنا أتابع النقاش.              | العدد ۱۱۷     | 117
        """)
    void findsIssueNumbers(String text, String span, int number) {
        assertThat(parse(text).ofType(IssueCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.number()).isEqualTo(number);
        });
    }

    @Test
    void findsSeveralIssuesListedTogether() {
        assertThat(parse("في العددين 117 و118 نقاش طويل.").ofType(IssueCue.class))
                .extracting(IssueCue::number)
                .containsExactly(117, 118);
        assertThat(parse("الأعداد 117، 118 و 119 كانت ممتازة.").ofType(IssueCue.class))
                .extracting(IssueCue::number)
                .containsExactly(117, 118, 119);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "هذه أولويتي رقم 1 دائمًا.",
                "خذ الخط رقم 3 من المحطة.",
                "في عام 2019 انهار النقل العام.",
                "حضر عدد 30 شخصًا الاجتماع.",
                "العدد 30 شخصًا لم يكن كافيًا.",
                "ارتفعت الأسعار 12٪ في عدد من المدن.",
                "لدي عدد كبير من الملاحظات.",
                "رقم الهاتف 2345 لا يعمل."
            })
    void leavesOutNumbersThatCiteNothing(String text) {
        assertThat(parse(text).ofType(IssueCue.class)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        أختلف مع السيد كريم منصور في كل شيء.          | السيد كريم منصور       | منصور | كريم
        ما كتبته السيدة هالة خوري صحيح.               | السيدة هالة خوري       | خوري  | هالة
        أشكر الدكتورة سلمى حدّاد على مقالها.           | الدكتورة سلمى حدّاد    | حداد  | سلمى
        ردًا على د. عمر الحسيني المحترم               | د. عمر الحسيني          | الحسيني | عمر
        أوافق الأستاذ منصور تمامًا.                    | الأستاذ منصور          | منصور |
        رسالة الأستاذة ليلى عبد الله كانت واضحة.       | الأستاذة ليلى عبد الله | عبد الله | ليلى
        مقال للدكتور محمد بن سالم في الصفحة الأولى     | للدكتور محمد بن سالم   | بن سالم | محمد
        مقال بقلم نادية فـــرح يستحق الرد.              | بقلم نادية فـــرح      | فرح   | نادية
        """)
    void findsArabicNamesAfterHonorifics(String text, String span, String surname, String given) {
        assertThat(parse(text).ofType(NameCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.surname()).isEqualTo(surname);
            assertThat(cue.givenName()).isEqualTo(given);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        رسالتكم الأخيرة لم تقنعني.              | رسالتكم       | LETTER  | false | true
        أعجبتني رسالة القارئ في العدد الماضي.    | رسالة القارئ  | LETTER  | false | false
        مقالها يستحق القراءة.                  | مقالها        | ARTICLE | false | false
        قرأت المقالة بعناية.                    | المقالة       | ARTICLE | false | false
        الافتتاحية تبالغ كثيرًا.                 | الافتتاحية    | ARTICLE | false | false
        في رسالتي السابقة كتبت ذلك.             | رسالتي        | LETTER  | true  | true
        """)
    void findsTheKindOfPieceNamed(String text, String span, PieceKind kind, boolean own, boolean latest) {
        assertThat(parse(text).ofType(KindCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.kind()).isEqualTo(kind);
            assertThat(cue.writersOwn()).isEqualTo(own);
            assertThat(cue.latest()).isEqualTo(latest);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        رسالتكم في 4 مايو 2026 كانت قاسية.        | 4 مايو 2026            | 2026-05-04 | 2026-05-04
        مقال ٤ أيار ٢٠٢٦ عن الترام                | ٤ أيار ٢٠٢٦            | 2026-05-04 | 2026-05-04
        في 12 مارس نشرتم رسالة                    | 12 مارس                | 2026-03-12 | 2026-03-12
        بتاريخ 1 تشرين الثاني 2025                | 1 تشرين الثاني 2025    | 2025-11-01 | 2025-11-01
        في 3 كانون الثاني كتبتم                    | 3 كانون الثاني         | 2026-01-03 | 2026-01-03
        في 20 آب ردت السيدة                        | 20 آب                  | 2026-08-20 | 2026-08-20
        في عدد يونيو                              | عدد يونيو              | 2026-06-01 | 2026-06-30
        في عدد شهر حزيران 2025                     | عدد شهر حزيران 2025    | 2025-06-01 | 2025-06-30
        العدد الصادر في تموز                       | العدد الصادر في تموز   | 2026-07-01 | 2026-07-31
        في عدد الشهر الماضي                        | عدد الشهر الماضي       | 2026-08-01 | 2026-08-31
        """)
    void findsDates(String text, String span, LocalDate from, LocalDate to) {
        assertThat(parse(text).ofType(DateCue.class)).singleElement().satisfies(cue -> {
            assertThat(cue.span().text()).isEqualTo(span);
            assertThat(cue.range()).isEqualTo(new DateRange(from, to));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"سافرت في مايو إلى القاهرة.", "في 31 حزيران", "مضت 3 أيام على ذلك."})
    void leavesOutDatesThatPointAtNoIssue(String text) {
        assertThat(parse(text).ofType(DateCue.class)).isEmpty();
    }

    @Test
    void anArabicLetterRanksThePieceItCitesFirst() {
        LocalDate issue117 = LocalDate.of(2026, 6, 1);
        LocalDate issue118 = LocalDate.of(2026, 7, 1);
        List<Candidate> archive = List.of(
                piece("A-117-haddad", PieceKind.ARTICLE, "مقالة عن الترام", "د. سلمى حدّاد", 117, issue117),
                piece("L-117-mansour", PieceKind.LETTER, "رسالة عن الحافلات", "كريم منصور", 117, issue117),
                piece("A-118-haddad", PieceKind.ARTICLE, "مقالة عن المكتبات", "سلمى حداد", 118, issue118),
                piece("A-117-khoury", PieceKind.ARTICLE, "الافتتاحية", "هالة خوري", 117, issue117),
                piece("L-118-haddad", PieceKind.LETTER, "رسالة", "سامي حداد", 118, issue118));
        String letter = "أختلف مع مقال الدكتورة سلمى حداد في العدد 117، فالترام ليس حلًا لكل شيء. "
                + "أما رسالة السيد منصور فلم تقل شيئًا جديدًا.";

        List<Suggestion> suggestions = new CitationRanker()
                .rank(
                        parse(letter),
                        "نادر يوسف",
                        RECEIVED.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        archive);

        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).reference()).isEqualTo("A-117-haddad");
        assertThat(suggestions.get(0).confidence())
                .isGreaterThan(suggestions.get(1).confidence());
    }

    private static Candidate piece(
            String reference, PieceKind kind, String title, String author, int issue, LocalDate date) {
        Instant published = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Candidate(reference, kind, title, author, issue, date, published);
    }
}
