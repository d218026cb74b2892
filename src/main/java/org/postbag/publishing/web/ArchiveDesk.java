package org.postbag.publishing.web;

import jakarta.faces.context.FacesContext;
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
import org.postbag.infrastructure.web.Words;
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

    @NotNull(message = "{archiveDesk.issueNumber.required}")
    @Min(value = 1, message = "{archiveDesk.issueNumber.min}")
    @Max(value = 1_000_000_000, message = "{archiveDesk.issueNumber.max}")
    private Integer issueNumber;

    @NotBlank(message = "{archiveDesk.issueTitle.required}")
    @Size(max = 100, message = "{archiveDesk.issueTitle.size}")
    private String issueTitle;

    @NotNull(message = "{archiveDesk.coverDate.required}")
    private LocalDate coverDate;

    @NotBlank(message = "{archiveDesk.title.required}")
    @Size(max = 300, message = "{archiveDesk.title.size}")
    private String title;

    @NotBlank(message = "{archiveDesk.author.required}")
    @Size(max = 200, message = "{archiveDesk.author.size}")
    private String author;

    @Size(max = 254, message = "{archiveDesk.authorEmail.size}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{archiveDesk.authorEmail.format}")
    private String authorEmail;

    private Integer articleIssue;

    private LocalDate published;

    @Size(max = 2000, message = "{archiveDesk.url.size}")
    private String url;

    @Size(max = 200_000, message = "{archiveDesk.text.size}")
    private String text;

    public void addIssue() {
        Issue issue = archive.addIssue(issueNumber, issueTitle, coverDate);
        PageActionBoundary.done(say("issueList.added", issue.number(), issue.title()), "/editor/issues");
    }

    public void registerArticle() {
        if (url != null && !url.isBlank() && !WebAddress.isWeb(url.strip())) {
            PageActionBoundary.refuse("url", say(WebAddress.RULE));
            return;
        }
        Piece article = archive.registerArticle(
                new Archive.ArticleForm(title, author, authorEmail, articleIssue, published, url, text),
                section(section),
                me.require().id());
        PageActionBoundary.done(say("articles.registered", article.reference(), article.title()), "/editor/articles");
    }

    private static String say(String key, Object... values) {
        return Words.of(FacesContext.getCurrentInstance(), key, values);
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
                chosen == null
                        ? say("articles.placed.none", reference)
                        : say("articles.placed", reference, getSections().get(chosen)),
                "/editor/articles");
    }

    /** The sections an article may go in, "No section" first. */
    public Map<Long, String> getSections() {
        if (sectionChoices == null) {
            sectionChoices = new LinkedHashMap<>();
            sectionChoices.put(NO_SECTION, say("articles.section.none"));
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
