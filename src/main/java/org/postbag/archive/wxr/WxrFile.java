package org.postbag.archive.wxr;

import java.util.List;
import java.util.Map;

/** What a WordPress export holds that an archive needs: its site, its authors and its items. */
public record WxrFile(String siteUrl, Map<String, String> authorNames, List<Item> items) {

    /** A post, page or other item, as WordPress exported it. */
    public record Item(
            String title,
            String link,
            String guid,
            String creator,
            String html,
            String postId,
            String postDate,
            String postDateGmt,
            String postType,
            String status,
            List<Term> terms,
            Map<String, String> meta,
            List<Comment> comments) {}

    /** A category or tag on a post: {@code domain} is "category" or "post_tag". */
    public record Term(String domain, String slug, String name) {}

    public record Comment(
            String id,
            String author,
            String authorEmail,
            String dateGmt,
            String content,
            String approved,
            String type,
            String parent) {}
}
