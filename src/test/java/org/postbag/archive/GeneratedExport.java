package org.postbag.archive;

import java.nio.charset.StandardCharsets;

/** A WordPress export of as many articles as a test needs, each with a GUID of its own. */
public final class GeneratedExport {

    private GeneratedExport() {}

    public static byte[] of(String run, int articles, int issue) {
        return of(run, articles, issue, 1);
    }

    /** Articles spread over {@code issues} issues from {@code firstIssue} on, one after another in turn. */
    public static byte[] of(String run, int articles, int firstIssue, int issues) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Generated</title><wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>https://generated.example</wp:base_site_url>
                """);
        for (int i = 1; i <= articles; i++) {
            xml.append("<item><title>Generated article ")
                    .append(run)
                    .append(' ')
                    .append(i)
                    .append("</title>")
                    .append("<link>https://generated.example/")
                    .append(run)
                    .append('/')
                    .append(i)
                    .append("/</link>")
                    .append("<dc:creator>Gen Writer</dc:creator>")
                    .append("<guid isPermaLink=\"false\">https://generated.example/?run=")
                    .append(run)
                    .append("&amp;p=")
                    .append(i)
                    .append("</guid>")
                    .append("<content:encoded><![CDATA[<p>Paragraph one of article ")
                    .append(i)
                    .append(" in run ")
                    .append(run)
                    .append(".</p><p>Paragraph two.</p>]]></content:encoded>")
                    .append("<wp:post_id>")
                    .append(i)
                    .append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2026-03-01 10:00:00</wp:post_date_gmt>")
                    .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
                    .append("<category domain=\"category\" nicename=\"issue-")
                    .append(firstIssue + i % issues)
                    .append("\"><![CDATA[Issue ")
                    .append(firstIssue + i % issues)
                    .append(" (March 2026)]]></category></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
