package org.postbag.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text of a letter sent as an attachment: Word (.docx, Apache POI), OpenDocument (.odt,
 * its content.xml read with jsoup), PDF (PDFBox) and plain text. Each format is read within
 * limits (pages, unpacked bytes, characters), so a small hostile file cannot make the server
 * hold without bound; what cannot be read is said, and the file is still kept for the editor.
 */
public final class AttachmentText {

    /** The formats read for text, by the file name's ending. */
    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ODT("application/vnd.oasis.opendocument.text"),
        PDF("application/pdf"),
        TXT("text/plain; charset=UTF-8");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        /** The content type the desk serves it with, whatever the sender said. */
        public String contentType() {
            return contentType;
        }

        public static Optional<Format> of(String fileName) {
            String name =
                    fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
            for (Format format : values()) {
                if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** The text read, or why there is none. */
    public record Extracted(String text, String problem) {

        static Extracted text(String text, int maxChars) {
            String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
            if (clean.isEmpty()) {
                return new Extracted(null, "No text in it (a scan, perhaps)");
            }
            return clean.length() > maxChars
                    ? new Extracted(
                            clean.substring(0, maxChars), "Only the first " + maxChars + " characters were read")
                    : new Extracted(clean, null);
        }

        static Extracted problem(String problem) {
            return new Extracted(null, problem);
        }
    }

    static final int MAX_PDF_PAGES = 50;
    /** An ODT's content.xml, unpacked. */
    static final int MAX_UNPACKED = 16 * 1024 * 1024;

    static {
        // POI refuses zip entries that unpack more than 100 times (its default); it also
        // refuses any entry bigger than this, instead of its default of 4 GB.
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED * 2L);
    }

    private AttachmentText() {}

    public static Extracted read(Format format, byte[] content, int maxChars) {
        try {
            return switch (format) {
                case DOCX -> docx(content, maxChars);
                case ODT -> odt(content, maxChars);
                case PDF -> pdf(content, maxChars);
                case TXT -> Extracted.text(new String(content, StandardCharsets.UTF_8), maxChars);
            };
        } catch (IOException | RuntimeException e) {
            // Parsers of hostile files throw all manner of runtime exceptions; none is the server's problem.
            return Extracted.problem("Could not be read as " + format.name().toLowerCase(Locale.ROOT) + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Extracted docx(byte[] content, int maxChars) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return Extracted.text(extractor.getText(), maxChars);
        }
    }

    private static Extracted pdf(byte[] content, int maxChars) throws IOException {
        try (PDDocument document = Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_UNPACKED).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            stripper.setParagraphEnd("\n");
            return Extracted.text(stripper.getText(document), maxChars);
        } catch (InvalidPasswordException e) {
            return Extracted.problem("The PDF is protected by a password");
        }
    }

    private static Extracted odt(byte[] content, int maxChars) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    Optional<byte[]> xml = readAtMost(zip, MAX_UNPACKED);
                    if (xml.isEmpty()) {
                        return Extracted.problem(
                                "The document unpacks to more than " + MAX_UNPACKED / 1024 / 1024 + " MB");
                    }
                    Document document =
                            Jsoup.parse(new String(xml.get(), StandardCharsets.UTF_8), "", Parser.xmlParser());
                    StringBuilder text = new StringBuilder();
                    for (Element paragraph : document.select("text|p, text|h")) {
                        text.append(paragraph.wholeText().strip()).append("\n\n");
                    }
                    return Extracted.text(text.toString(), maxChars);
                }
            }
        }
        return Extracted.problem("Not an OpenDocument text (no content.xml)");
    }

    /** The stream's bytes, or nothing if there are more than {@code max}. */
    static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }
}
