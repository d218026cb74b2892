package org.postbag.security.hostile;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postbag.accounts.Account;
import org.postbag.accounts.AccountAdministration;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;
import org.postbag.admin.HouseRules;
import org.postbag.editing.Cuts;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.Revision;
import org.postbag.linking.Linking;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.moderation.Moderation;
import org.postbag.moderation.RejectionTemplate;
import org.postbag.publishing.Archive;
import org.postbag.publishing.PageMakeUp;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Publishing;
import org.postbag.submission.LetterDraft;
import org.postbag.submission.SubmissionOutcome;
import org.postbag.submission.Submissions;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Test-only (deployed with the hostile-input test, never with the application): stores the
 * whole corpus in one go through the application's own services, as the forms would hand it
 * over (normalised as the forms' converters do), several inputs to a letter and the whole of
 * it as one article's text, so that the browser test can render pages that hold hundreds of
 * payloads at once. Answers with what it made, one "key value" per line.
 */
@WebServlet("/test-only/hostile-fixtures")
public class HostileFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Inputs to a stored letter: the corpus grows, the number of letters and pages need not. */
    static final int PER_LETTER = 8;

    @Inject
    private transient Submissions submissions;

    @Inject
    private transient Letters letters;

    @Inject
    private transient Moderation moderation;

    @Inject
    private transient Cuts cuts;

    @Inject
    private transient Linking linking;

    @Inject
    private transient PageMakeUp makeUp;

    @Inject
    private transient Publishing publishing;

    @Inject
    private transient Archive archive;

    @Inject
    private transient HouseRules houseRules;

    @Inject
    private transient AccountAdministration accounts;

    @Inject
    private transient Accounts accountsByEmail;

    @Inject
    private transient Fixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        List<String> base = HostileCorpus.base();
        int combinations = 0;

        long adminId = accountsByEmail
                .byEmail(request.getParameter("admin"))
                .orElseThrow()
                .id();
        String editorEmail = Fixtures.uniqueEmail("hostile editor");
        Account editor = accounts.create(
                editorEmail,
                fit("Ed <img src=x onerror=window.__xss=1> \"Editor\"", 100),
                Fixtures.PASSWORD,
                EnumSet.of(Role.EDITOR));
        out.println("editor " + editorEmail);
        houseRules.saveTemplate(
                null,
                fit("Reason <script>window.__xss=1</script> " + System.nanoTime(), 100),
                "We will not print this: <img src=x onerror=window.__xss=1> \"" + base.get(0) + "\"",
                adminId);
        RejectionTemplate template = houseRules.templates().stream()
                .filter(t -> t.name().startsWith("Reason <script>"))
                .reduce((first, second) -> second)
                .orElseThrow();

        int issueNumber = Fixtures.uniqueIssueNumber();
        archive.addIssue(
                issueNumber - 1, line("Issue <svg onload=window.__xss=1> " + base.get(3)), LocalDate.of(2026, 5, 1));
        archive.addIssue(issueNumber, line("Issue \"><script>window.__xss=1</script>"), LocalDate.of(2026, 6, 1));
        Piece article = archive.registerArticle(new Archive.ArticleForm(
                fit(line("Trams <script>window.__xss=1</script> \"quoted\" " + base.get(1)), 300),
                fit(line("Writer <img src=x onerror=window.__xss=1>"), 100),
                null,
                issueNumber - 1,
                null,
                "https://example.org/\"onmouseover=\"window.__xss=1",
                text("The article's text: " + String.join("\n\n", base.subList(0, 20)))));
        out.println("article " + article.reference());
        out.println("issue " + issueNumber);

        // The whole corpus as the text of an article of its own, so that one page shows every input.
        Piece corpus = archive.registerArticle(new Archive.ArticleForm(
                "The whole corpus " + System.nanoTime(),
                "Corpus Writer",
                null,
                issueNumber - 1,
                null,
                null,
                text(String.join("\n\n", base))));
        out.println("corpus " + corpus.reference());

        // Several inputs to a letter, each in a field of its own and all of them in the text in
        // every placement; a payload cut in two has its halves in the name and the town.
        Map<String, HostileCorpus.Split> splits = new HashMap<>();
        for (HostileCorpus.Split split : HostileCorpus.splits()) {
            splits.put(split.whole(), split);
        }
        List<List<String>> groups = HostileCorpus.groups(base, PER_LETTER);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> group = groups.get(i);
            String first = group.get(0);
            String other = group.get(1 % group.size());
            HostileCorpus.Split split = group.stream()
                    .map(splits::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            String name = fit(line(split == null ? first : split.first()), 100);
            String town = fit(line(split == null ? other : split.second()), 100);
            List<String> placements = new ArrayList<>();
            for (String input : group) {
                placements.addAll(HostileCorpus.placements(input));
            }
            combinations += placements.size();
            String together = String.join(" ", group);
            String body = text(String.join("\n\n", placements) + "\n\nAs " + article.title() + " said.");
            LetterDraft draft = new LetterDraft(
                    name.isBlank() ? "Blank Name " + i : name,
                    town,
                    Fixtures.uniqueEmail("hostile writer"),
                    fit(text(group.get(2 % group.size())), 500),
                    fit(line(group.get(3 % group.size())), 200),
                    body,
                    false,
                    List.of(article.reference()),
                    fit(line("your article \"" + group.get(4 % group.size()) + "\" in no. " + (issueNumber - 1)), 500),
                    null);
            SubmissionOutcome outcome = submissions.submit(draft, Fixtures.person());
            if (!(outcome instanceof SubmissionOutcome.Accepted accepted)) {
                out.println("refused " + i + " " + outcome);
                continue;
            }
            String reference = accepted.letter().reference();
            confirm(reference);
            out.println("letter " + reference);
            try {
                moderation.addNote(reference, editor.id(), fit(text("Note: " + String.join("\n\n", group)), 5000));
                cuts.revise(
                        reference,
                        version(reference),
                        editor.id(),
                        new Revision.Text(
                                fit(line("Headline " + group.get(5 % group.size())), 200),
                                text(body + "\n\n" + other),
                                fit(line("Signed " + other), 200)),
                        fit(line("Cut because " + together), 500));
                switch (i % 5) {
                    case 0, 1, 2 -> {
                        linking.link(
                                reference,
                                version(reference),
                                editor.id(),
                                article.reference(),
                                ReplyLinkSource.EDITOR,
                                null,
                                null);
                        moderation.approve(reference, version(reference), editor.id());
                        makeUp.addToPage(issueNumber, reference, editor.id());
                        published.add(reference);
                    }
                    case 3 ->
                        moderation.hold(
                                reference, version(reference), editor.id(), fit(line("Held: " + together), 500));
                    default -> {
                        if (i % 2 == 0) {
                            moderation.markSpam(reference, version(reference), editor.id());
                        } else {
                            moderation.reject(reference, version(reference), editor.id(), template.id(), true);
                        }
                    }
                }
            } catch (RuntimeException failed) {
                out.println("failed " + reference + " " + failed);
            }
        }
        int printed = publishing.publishPage(issueNumber, editor.id());
        out.println("printed " + printed);
        if (!published.isEmpty()) {
            String corrected = published.get(0);
            publishing.correct(corrected, version(corrected), editor.id(), text("Correction: " + base.get(2)));
        }
        out.println("combinations " + combinations);
        out.println("inputs " + base.size());
    }

    private void confirm(String reference) {
        fixtures.confirm(reference);
    }

    private int version(String reference) {
        return letters.byReference(reference).orElseThrow().version();
    }

    /** As the forms' one-line fields hand it over. */
    private static String line(String value) {
        return LetterText.normaliseLine(value);
    }

    /** As the forms' text fields hand it over. */
    private static String text(String value) {
        return LetterText.normalise(value);
    }

    /** At most {@code max} characters, not splitting a surrogate pair. */
    static String fit(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
