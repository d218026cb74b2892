package org.postbag.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.SectionScope;
import org.postbag.house.Sections;
import org.postbag.infrastructure.DomainException;
import org.postbag.letter.LetterText;

/** Editors keep the archive: the issues of the magazine, and the articles letters may answer. */
@ApplicationScoped
public class Archive {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Issues issues;

    @Inject
    private Pieces pieces;

    @Inject
    private Clock clock;

    @Inject
    private Sections sections;

    @Inject
    private Accounts accounts;

    /** What an editor types to register an article. */
    public record ArticleForm(
            String title,
            String author,
            String authorEmail,
            Integer issue,
            LocalDate published,
            String url,
            String text) {}

    @Transactional
    public Issue addIssue(int number, String title, LocalDate coverDate) {
        if (issues.byNumber(number).isPresent()) {
            throw DomainException.of("issueList.refused.exists", number);
        }
        Issue issue = new Issue(number, title.strip(), coverDate);
        issues.add(issue);
        return issue;
    }

    /** An article registered in a section (null: none) the editor may put articles in. */
    @Transactional
    public Piece registerArticle(ArticleForm form, Long sectionId, long editorId) {
        requireSectionFor(sectionId, editorId);
        Piece article = registerArticle(form);
        article.placeInSection(sectionId);
        return article;
    }

    /**
     * Puts an article in a section (null: in none). New letters that answer it take its section;
     * letters already in take no notice. An editor limited to sections uses their own only.
     */
    @Transactional
    public void placeArticle(String reference, Long sectionId, long editorId) {
        Piece article = pieces.byReference(reference)
                .filter(piece -> piece.kind() == PieceKind.ARTICLE)
                .orElseThrow(() -> DomainException.of("articles.refused.noSuchArticle", reference));
        requireSectionFor(sectionId, editorId);
        if (java.util.Objects.equals(article.sectionId(), sectionId)) {
            throw DomainException.of("articles.refused.sameSection", reference);
        }
        article.placeInSection(sectionId);
    }

    private void requireSectionFor(Long sectionId, long editorId) {
        if (sectionId != null && sections.byId(sectionId).isEmpty()) {
            throw DomainException.of("articles.refused.sectionGone");
        }
        SectionScope scope = accounts.sectionScopeOf(editorId);
        if (!scope.includes(sectionId)) {
            throw DomainException.of(
                    sectionId == null ? "articles.refused.chooseOwnSection" : "articles.refused.notOwnSection");
        }
    }

    @Transactional
    public Piece registerArticle(ArticleForm form) {
        Issue issue = form.issue() == null
                ? null
                : issues.byNumber(form.issue())
                        .orElseThrow(() -> DomainException.of("articles.refused.noSuchIssue", form.issue()));
        LocalDate day = form.published() != null ? form.published() : issue != null ? issue.coverDate() : null;
        if (day == null) {
            throw DomainException.of("articles.refused.noDate");
        }
        String url = blankToNull(form.url());
        if (url != null && !WebAddress.isWeb(url)) {
            throw DomainException.of(WebAddress.RULE);
        }
        Instant published = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (published.isAfter(clock.instant().plusSeconds(366L * 24 * 3600))) {
            throw DomainException.of("articles.refused.dateFarAway");
        }
        Piece article = Piece.article(
                pieces.nextArticleReference(day.getYear()),
                form.title().strip(),
                form.author().strip(),
                blankToNull(form.authorEmail()),
                issue,
                published,
                url,
                form.text() == null || form.text().isBlank() ? null : LetterText.normalise(form.text()));
        pieces.add(article);
        return article;
    }

    public List<Piece> latestArticles(int most) {
        return em.createQuery(
                        "select p from Piece p left join fetch p.issue where p.kind = org.postbag.publishing.PieceKind.ARTICLE"
                                + " order by p.publishedAt desc, p.id desc",
                        Piece.class)
                .setMaxResults(most)
                .getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
