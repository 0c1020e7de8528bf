package dev.procura.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.storage.StreamingUpload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypesTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dir;

    /** What an upload's type is detected from now: the head of the content, as the service reads it. */
    private static String fromUpload(byte[] content, String filename) {
        return ContentTypes.detect(
                StreamingUpload.begin(new ByteArrayInputStream(content), Long.MAX_VALUE)
                        .head(),
                filename);
    }

    private String fromFile(byte[] content, String filename) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        return ContentTypes.detect(file, filename);
    }

    private static byte[] docx(int pictureBytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Purchase order 4711");
            if (pictureBytes > 0) {
                byte[] picture = new byte[pictureBytes];
                new Random(1).nextBytes(picture);
                document.createParagraph()
                        .createRun()
                        .addPicture(
                                new ByteArrayInputStream(picture), XWPFDocument.PICTURE_TYPE_PNG, "scan.png", 10, 10);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Lines").createRow(0).createCell(0).setCellValue("item");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Lines").createRow(0).createCell(0).setCellValue("item");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theHeadOfAnUploadGivesTheTypeTheWholeFileGives() throws Exception {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("order.docx", docx(0));
        samples.put("lines.xlsx", xlsx());
        samples.put("lines.xls", xls());
        samples.put("quote.pdf", pdf());
        samples.put("order.csv", text("item,quantity\nbolt,12\n"));
        samples.put("order.json", text("{\"item\":\"bolt\",\"quantity\":12}"));
        samples.put("notes.txt", text("Deliver on Monday.\n"));
        samples.put("empty.csv", new byte[0]);
        Map<String, String> expected = Map.of(
                "order.docx",
                DOCX,
                "lines.xlsx",
                XLSX,
                "lines.xls",
                "application/vnd.ms-excel",
                "quote.pdf",
                "application/pdf",
                "order.csv",
                "text/csv",
                "order.json",
                "application/json",
                "notes.txt",
                "text/plain",
                "empty.csv",
                "text/csv");
        for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
            for (String name : new String[] {sample.getKey(), "upload.bin"}) {
                assertEquals(fromFile(sample.getValue(), name), fromUpload(sample.getValue(), name), name);
            }
            assertEquals(
                    expected.get(sample.getKey()), fromUpload(sample.getValue(), sample.getKey()), sample.getKey());
        }
    }

    @Test
    void anOfficeDocumentLargerThanOnePartIsStillRecognisedFromItsFirstPart() throws Exception {
        byte[] large = docx(StreamingUpload.PART_SIZE + 1024 * 1024);
        assertTrue(large.length > StreamingUpload.PART_SIZE);
        assertEquals(DOCX, fromUpload(large, "scan.docx"));
        assertEquals(DOCX, fromUpload(large, "scan"));
    }

    @Test
    void aDeclaredTypeFitsItsContentOrAVagueDetection() {
        assertTrue(ContentTypes.fits("text/csv", "text/csv"));
        assertTrue(ContentTypes.fits("application/json", "text/plain"));
        assertTrue(ContentTypes.fits("application/pdf", "application/octet-stream"));
        assertFalse(ContentTypes.fits("application/pdf", "text/csv"));
    }
}
