package org.postbag.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.postbag.house.Settings;
import org.postbag.letter.Author;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterAction;
import org.postbag.letter.LetterEvents;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.LetterText;
import org.postbag.letter.Letters;
import org.postbag.letter.MinHash;
import org.postbag.letter.Screening;
import org.postbag.letter.Transition;
import org.postbag.linking.ReplyLink;
import org.postbag.linking.ReplyLinkSource;
import org.postbag.publishing.Issue;
import org.postbag.publishing.Issues;
import org.postbag.publishing.Piece;
import org.postbag.publishing.Pieces;

/**
 * Loads the Northern Review tram debate (demo/tram-debate.json): five issues, an article, a
 * thread of published letters with two branches, and letters still waiting in the postbag.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String SAMPLE = "/demo/tram-debate.json";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Issues issues;

    @Inject
    private Pieces pieces;

    @Inject
    private Letters letters;

    @Inject
    private LetterEvents events;

    @Inject
    private Settings settings;

    /** The sample debate, unless its first issue is there already; tests that need real citations load it too. */
    @Transactional
    public void loadSample() {
        JsonObject sample = read();
        int firstIssue = sample.getJsonArray("issues").getJsonObject(0).getInt("number");
        if (issues.byNumber(firstIssue).isPresent()) {
            return;
        }
        Map<Integer, Issue> issuesByNumber = new HashMap<>();
        for (JsonValue value : sample.getJsonArray("issues")) {
            JsonObject json = value.asJsonObject();
            Issue issue =
                    new Issue(json.getInt("number"), json.getString("title"), LocalDate.parse(json.getString("date")));
            issues.add(issue);
            issuesByNumber.put(issue.number(), issue);
        }
        Map<String, Piece> piecesByKey = new HashMap<>();
        for (JsonValue value : sample.getJsonArray("pieces")) {
            JsonObject json = value.asJsonObject();
            String key = json.getString("key");
            Issue issue = json.containsKey("issue") ? issuesByNumber.get(json.getInt("issue")) : null;
            if (json.getString("kind").equals("article")) {
                piecesByKey.put(key, addArticle(json, issue));
            } else {
                Letter letter = addLetter(json, issue, piecesByKey);
                if (issue != null) {
                    piecesByKey.put(key, pieces.byReference(letter.reference()).orElseThrow());
                }
            }
        }
        LOG.info("Demo content loaded: " + issuesByNumber.size() + " issues, " + piecesByKey.size() + " pieces");
    }

    private Piece addArticle(JsonObject json, Issue issue) {
        JsonObject author = json.getJsonObject("author");
        Piece article = Piece.article(
                pieces.nextArticleReference(issue.coverDate().getYear()),
                json.getString("title"),
                author.getString("name"),
                author.getString("email"),
                issue,
                publicationTime(issue),
                null,
                LetterText.normalise(json.getString("body")));
        pieces.add(article);
        return article;
    }

    private Letter addLetter(JsonObject json, Issue issue, Map<String, Piece> piecesByKey) {
        JsonObject writer = json.getJsonObject("author");
        Instant received = Instant.parse(json.getString("receivedAt"));
        String body = LetterText.normalise(json.getString("body"));
        boolean published = json.getString("status").equals("published");
        Author author = new Author(writer.getString("name"), writer.getString("town"), writer.getString("email"));
        Letter letter = new Letter(
                letters.nextReference(received),
                author,
                false,
                published ? null : json.getString("title"),
                body,
                received);
        Screening.Result screening = Screening.screen(body, new Screening.Rules(settings.wordLimit(), 3, List.of()));
        letter.provenance().fingerprint(MinHash.summarise(body));
        if (!published) {
            letter.flags().add(screening.flags());
        }
        letters.add(letter);
        events.recordBy(letter, LetterEvents.WRITER, LetterAction.SUBMITTED, null, null);
        if (!published && screening.spam()) {
            events.recordBy(letter, LetterEvents.SYSTEM, LetterAction.MARKED_SPAM, letter.arriveAsSpam(), "Screening");
        } else {
            Transition confirmed = letter.confirm(received.plus(Duration.ofMinutes(12)));
            events.recordBy(letter, LetterEvents.WRITER, LetterAction.CONFIRMED, confirmed, null);
        }
        if (published) {
            letter.approve();
            letter.publish();
            events.recordBy(
                    letter,
                    "Demo",
                    LetterAction.PUBLISHED,
                    new Transition(LetterStatus.NEW, LetterStatus.PUBLISHED),
                    "Loaded with the demo");
            Piece piece = Piece.letter(letter, json.getString("title"), author.name(), author.signOff(), body, issue);
            piece.publish(publicationTime(issue));
            if (issue.publishedAt() == null) {
                issue.published(publicationTime(issue));
            }
            pieces.add(piece);
        }
        for (JsonValue target : json.getJsonArray("replyTo")) {
            Piece answered = piecesByKey.get(((JsonString) target).getString());
            ReplyLink link = published
                    ? ReplyLink.confirmed(letter, answered, ReplyLinkSource.EDITOR, received)
                    : ReplyLink.suggested(letter, answered, ReplyLinkSource.READER, received);
            em.persist(link);
        }
        return letter;
    }

    private static Instant publicationTime(Issue issue) {
        return issue.coverDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static JsonObject read() {
        try (InputStream in = DemoContent.class.getResourceAsStream(SAMPLE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
