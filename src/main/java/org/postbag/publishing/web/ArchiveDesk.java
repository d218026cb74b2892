package org.postbag.publishing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postbag.accounts.CurrentAccount;
import org.postbag.house.Sections;
import org.postbag.infrastructure.web.PageAction;
import org.postbag.infrastructure.web.PageActionBoundary;
import org.postbag.publishing.Archive;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Issues;
import org.postbag.publishing.Piece;
import org.postbag.publishing.WebAddress;

/** /editor/issues and /editor/articles: the issues of the magazine, and the articles letters answer. */
@Named("archive")
@ViewScoped
@PageAction
public class ArchiveDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Archive archive;

    @Inject
    private transient Issues issues;

    @Inject
    private transient Sections sections;

    @Inject
    private transient CurrentAccount me;

    private Long section;
    private final Map<String, Long> articleSections = new HashMap<>();
    private transient Map<Long, String> sectionChoices;

    @NotNull(message = "Enter the issue number")
    @Min(value = 1, message = "Issue numbers start at 1")
    @Max(value = 1_000_000_000, message = "Enter a real issue number")
    private Integer issueNumber;

    @NotBlank(message = "Enter the issue's title, such as “June 2026”")
    @Size(max = 100, message = "The title must be 100 characters or fewer")
    private String issueTitle;

    @NotNull(message = "Enter the issue's cover date")
    private LocalDate coverDate;

    @NotBlank(message = "Enter the article's title")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    private String title;

    @NotBlank(message = "Enter the author's name")
    @Size(max = 200, message = "The author's name must be 200 characters or fewer")
    private String author;

    @Size(max = 254, message = "The email address must be 254 characters or fewer")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter an email address like name@example.com")
    private String authorEmail;

    private Integer articleIssue;

    private LocalDate published;

    @Size(max = 2000, message = "The address must be 2,000 characters or fewer")
    private String url;

    @Size(max = 200_000, message = "The text must be 200,000 characters or fewer")
    private String text;

    public void addIssue() {
        Issue issue = archive.addIssue(issueNumber, issueTitle, coverDate);
        PageActionBoundary.done("Issue " + issue.label() + " added.", "/editor/issues");
    }

    public void registerArticle() {
        if (url != null && !url.isBlank() && !WebAddress.isWeb(url.strip())) {
            PageActionBoundary.refuse("url", WebAddress.RULE);
            return;
        }
        Piece article = archive.registerArticle(
                new Archive.ArticleForm(title, author, authorEmail, articleIssue, published, url, text),
                section(section),
                me.require().id());
        PageActionBoundary.done("Registered " + article.reference() + ": " + article.title() + ".", "/editor/articles");
    }

    /** The choice that stands for "no section": ids start at 1, and a null item value would not render. */
    static final long NO_SECTION = 0L;

    private static Long section(Long choice) {
        return choice == null || choice == NO_SECTION ? null : choice;
    }

    /** Puts one of the articles listed in the section chosen on its row. */
    public void placeArticle(String reference) {
        Long chosen = section(articleSections.get(reference));
        archive.placeArticle(reference, chosen, me.require().id());
        PageActionBoundary.done(
                reference
                        + (chosen == null
                                ? " is in no section now."
                                : " is in " + getSections().get(chosen) + " now."),
                "/editor/articles");
    }

    /** The sections an article may go in, "No section" first. */
    public Map<Long, String> getSections() {
        if (sectionChoices == null) {
            sectionChoices = new LinkedHashMap<>();
            sectionChoices.put(NO_SECTION, "No section");
            sectionChoices.putAll(sections.names());
        }
        return sectionChoices;
    }

    /** The section each listed article is in, as the rows' selectors show and send it. */
    public Map<String, Long> getArticleSections() {
        if (articleSections.isEmpty()) {
            getArticles()
                    .forEach(article -> articleSections.put(
                            article.reference(), article.sectionId() == null ? NO_SECTION : article.sectionId()));
        }
        return articleSections;
    }

    public Long getSection() {
        return section;
    }

    public void setSection(Long section) {
        this.section = section;
    }

    public List<Issue> getIssues() {
        return issues.all();
    }

    public List<Piece> getArticles() {
        return archive.latestArticles(100);
    }

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public void setIssueNumber(Integer issueNumber) {
        this.issueNumber = issueNumber;
    }

    public String getIssueTitle() {
        return issueTitle;
    }

    public void setIssueTitle(String issueTitle) {
        this.issueTitle = issueTitle;
    }

    public LocalDate getCoverDate() {
        return coverDate;
    }

    public void setCoverDate(LocalDate coverDate) {
        this.coverDate = coverDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public void setAuthorEmail(String authorEmail) {
        this.authorEmail = authorEmail;
    }

    public Integer getArticleIssue() {
        return articleIssue;
    }

    public void setArticleIssue(Integer articleIssue) {
        this.articleIssue = articleIssue;
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
