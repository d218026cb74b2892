package org.postbag.archive.wxr;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export as a stream (StAX), never as a tree, so that a large archive is
 * read in one pass. A document type declaration is refused outright: WordPress never writes
 * one, and it is how entity tricks (external entities, "billion laughs") get in. Reading stops
 * with a clear {@link ImportProblem} at the byte limit, on a truncated file, on XML that is not
 * well formed, and on a file that is XML but not a WordPress export.
 */
public final class WxrReader {

    static final String WP = "http://wordpress.org/export/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private final long maxBytes;

    public WxrReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public WxrFile read(InputStream in) throws ImportProblem {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        CappedStream capped = new CappedStream(in, maxBytes);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(capped);
            return parse(xml);
        } catch (XMLStreamException | RuntimeException failure) {
            if (capped.exceeded) {
                throw new ImportProblem("The file is larger than the " + (maxBytes >> 20)
                        + " MB an import may be. Nothing was imported.");
            }
            if (failure instanceof ImportProblemCarrier carrier) {
                throw carrier.problem;
            }
            String where = failure instanceof XMLStreamException stream && stream.getLocation() != null
                    ? " (line " + stream.getLocation().getLineNumber() + ")"
                    : "";
            throw new ImportProblem(
                    (capped.ended && looksCutShort(failure)
                                    ? "The file ends before the export does" + where
                                            + ": it looks cut short. Export it again."
                                    : "The file is not well-formed XML" + where + ".")
                            + " Nothing was imported.",
                    failure);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Reading is over either way.
                }
            }
        }
    }

    private WxrFile parse(XMLStreamReader xml) throws XMLStreamException {
        String siteUrl = null;
        boolean sawRss = false;
        boolean sawVersion = false;
        Map<String, String> authors = new LinkedHashMap<>();
        List<WxrFile.Item> items = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refuse(
                        "The file declares a document type, which a WordPress export never does. Nothing was imported.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (path.isEmpty()) {
                    if (!name.equals("rss")) {
                        throw refuse(
                                "This is not a WordPress export (it starts with <" + name
                                        + ">, not <rss>). In WordPress, use Tools > Export > All content. Nothing was imported.");
                    }
                    sawRss = true;
                }
                if (isWp(xml) && name.equals("wxr_version")) {
                    sawVersion = true;
                    xml.getElementText();
                    continue;
                }
                if (isWp(xml) && name.equals("base_site_url")) {
                    siteUrl = xml.getElementText().strip();
                    continue;
                }
                if (isWp(xml) && name.equals("author")) {
                    readAuthor(xml, authors);
                    continue;
                }
                if (name.equals("item")) {
                    items.add(readItem(xml));
                    continue;
                }
                path.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.poll();
            }
        }
        if (!sawRss || !sawVersion) {
            throw refuse("This is an RSS file but not a WordPress export (it has no wp:wxr_version)."
                    + " In WordPress, use Tools > Export > All content. Nothing was imported.");
        }
        return new WxrFile(siteUrl == null ? "" : siteUrl, authors, items);
    }

    private static void readAuthor(XMLStreamReader xml, Map<String, String> authors) throws XMLStreamException {
        String login = null;
        String display = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String text = xml.getElementText().strip();
            if (name.equals("author_login")) {
                login = text;
            } else if (name.equals("author_display_name")) {
                display = text;
            }
        }
        if (login != null) {
            authors.put(login, display == null || display.isBlank() ? login : display);
        }
    }

    private static WxrFile.Item readItem(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        List<WxrFile.Term> terms = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<WxrFile.Comment> comments = new ArrayList<>();
        while (next(xml) == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (name.equals("category")) {
                String domain = xml.getAttributeValue(null, "domain");
                String slug = xml.getAttributeValue(null, "nicename");
                terms.add(new WxrFile.Term(
                        domain == null ? "category" : domain,
                        slug,
                        xml.getElementText().strip()));
            } else if (ns.startsWith(WP) && name.equals("postmeta")) {
                Map<String, String> pair = children(xml);
                if (pair.get("meta_key") != null) {
                    meta.put(pair.get("meta_key"), pair.getOrDefault("meta_value", ""));
                }
            } else if (ns.startsWith(WP) && name.equals("comment")) {
                comments.add(readComment(xml));
            } else {
                String key = ns.startsWith(CONTENT) ? "content:" + name : ns.startsWith(DC) ? "dc:" + name : name;
                fields.put(key, xml.getElementText());
            }
        }
        return new WxrFile.Item(
                strip(fields.get("title")),
                strip(fields.get("link")),
                strip(fields.get("guid")),
                strip(fields.get("dc:creator")),
                fields.getOrDefault("content:encoded", ""),
                strip(fields.get("post_id")),
                strip(fields.get("post_date")),
                strip(fields.get("post_date_gmt")),
                strip(fields.get("post_type")),
                strip(fields.get("status")),
                List.copyOf(terms),
                meta,
                List.copyOf(comments));
    }

    private static WxrFile.Comment readComment(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> c = children(xml);
        return new WxrFile.Comment(
                strip(c.get("comment_id")),
                strip(c.get("comment_author")),
                strip(c.get("comment_author_email")),
                strip(c.get("comment_date_gmt")),
                c.getOrDefault("comment_content", ""),
                strip(c.get("comment_approved")),
                strip(c.get("comment_type")),
                strip(c.get("comment_parent")));
    }

    /** The text of each child of the current element, by local name; nested elements are skipped. */
    private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> values = new LinkedHashMap<>();
        while (next(xml) == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            values.put(name, text(xml));
        }
        return values;
    }

    /** The element's text; child elements (which WordPress does not write here) are passed over. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1
                    && (event == XMLStreamConstants.CHARACTERS
                            || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    /** The next start or end tag, passing over text, comments and processing instructions between tags. */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ended inside an element");
            }
        }
    }

    private static boolean looksCutShort(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("EOF") || message.contains("same entity") || message.contains("ended inside");
    }

    private static boolean isWp(XMLStreamReader xml) {
        return xml.getNamespaceURI() != null && xml.getNamespaceURI().startsWith(WP);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static ImportProblemCarrier refuse(String message) {
        return new ImportProblemCarrier(new ImportProblem(message));
    }

    /** Carries a refusal out of the StAX loop, whose methods may only throw XMLStreamException. */
    private static final class ImportProblemCarrier extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        ImportProblemCarrier(ImportProblem problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }
    }

    /** Stops reading past the limit, and notes whether the stream ran out. */
    private static final class CappedStream extends FilterInputStream {
        private final long max;
        private long count;
        boolean exceeded;
        boolean ended;

        CappedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                ended = true;
                return;
            }
            count += n;
            if (count > max) {
                exceeded = true;
                throw new IOException("import size limit reached");
            }
        }
    }
}
