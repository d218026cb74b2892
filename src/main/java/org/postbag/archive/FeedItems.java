package org.postbag.archive;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.postbag.archive.wxr.ImportProblem;
import org.postbag.archive.wxr.WxrFile;

/**
 * A magazine's RSS 2.0 or Atom feed read with Rome (which refuses document types) as the items
 * of an export, so that a feed goes through the same plan as a WordPress file: the same keys
 * (a post's GUID), the same letters pages split at their sign-offs, the same plain text.
 */
final class FeedItems {

    private static final DateTimeFormatter WP_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private FeedItems() {}

    static WxrFile read(byte[] body) throws ImportProblem {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException failure) {
            throw new ImportProblem("The feed could not be read as RSS or Atom: " + failure.getMessage(), failure);
        }
        List<WxrFile.Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String guid = entry.getUri() == null || entry.getUri().isBlank() ? entry.getLink() : entry.getUri();
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String when = date == null ? null : WP_DATE.format(date.toInstant());
            List<WxrFile.Term> terms = new ArrayList<>();
            for (SyndCategory category : entry.getCategories()) {
                terms.add(new WxrFile.Term("category", null, category.getName()));
            }
            items.add(new WxrFile.Item(
                    entry.getTitle(),
                    entry.getLink(),
                    guid,
                    entry.getAuthor(),
                    html(entry),
                    null,
                    when,
                    when,
                    "post",
                    "publish",
                    terms,
                    Map.of(),
                    List.of()));
        }
        return new WxrFile(feed.getLink() == null ? "" : feed.getLink(), Map.of(), items);
    }

    private static String html(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? "" : entry.getDescription().getValue();
    }
}
