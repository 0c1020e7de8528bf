package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The Excel and Word files conversions make open in a real office suite: LibreOffice, headless,
 * turns each into a PDF whose text holds the records. (CI installs LibreOffice; a machine without
 * it skips these two tests and says so.)
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeOpensConversionsIT {

    private Shop shop;
    private String order;
    private String orderNumber;

    @TempDir
    Path work;

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Office check");
        UUID acme = Buying.supplier(shop, "ACME");
        JsonObject created = Buying.order(
                shop,
                acme,
                Buying.lines(Buying.line("LAP-14", "2", "1000.00", "23"), Buying.line("DOCK-1", "3", "150", "23")));
        order = created.getString("id");
        orderNumber = created.getString("number");
    }

    private static boolean hasOffice() {
        return List.of("/usr/bin/soffice", "/usr/bin/libreoffice").stream().anyMatch(p -> new File(p).canExecute());
    }

    /** The PDF LibreOffice makes of {@code file}, as text. */
    private String officePdfText(byte[] file, String extension) throws Exception {
        assumeTrue(hasOffice(), "LibreOffice (soffice) is not installed here");
        Path input = work.resolve("converted." + extension);
        Files.write(input, file);
        Process office = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + work.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        work.toString(),
                        input.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(office.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(office.waitFor(120, TimeUnit.SECONDS), "soffice did not finish: " + said);
        Path pdf = work.resolve("converted.pdf");
        assertTrue(Files.size(pdf) > 0, "LibreOffice made no PDF: " + said);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aWordOrderOpensInLibreOfficeWithItsHeadAndLines() throws Exception {
        JsonObject request = Json.createObjectBuilder(Conversions.byIds(
                        Conversions.builtIn(shop, "Purchase order (PDF)"), "purchase_order", List.of(order)))
                .add("format", "docx")
                .build();
        JsonObject done = Conversions.run(shop, shop.token(), request);
        assertEquals("completed", done.getString("status"), done.toString());
        byte[] docx = Conversions.file(shop, shop.token(), done.getString("id"));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = word.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertTrue((paragraphs + tables).contains(orderNumber), paragraphs + tables);
            assertTrue(tables.contains("LAP-14") && tables.contains("DOCK-1"), tables);
        }
        String text = officePdfText(docx, "docx");
        assertTrue(text.contains(orderNumber), text);
        assertTrue(text.contains("ACME"), text);
        assertTrue(text.contains("3,013.50"), "the order's total: " + text);
    }

    @Test
    void anExcelOrderListOpensInLibreOfficeWithItsRows() throws Exception {
        JsonObject request = Json.createObjectBuilder(Conversions.byIds(
                        Conversions.builtIn(shop, "Purchase order (PDF)"), "purchase_order", List.of(order)))
                .add("format", "xlsx")
                .build();
        JsonObject done = Conversions.run(shop, shop.token(), request);
        assertEquals("completed", done.getString("status"), done.toString());
        String text = officePdfText(Conversions.file(shop, shop.token(), done.getString("id")), "xlsx");
        assertTrue(text.contains(orderNumber), text);
        assertTrue(text.contains("LAP-14"), text);
        assertTrue(text.contains("DOCK-1"), text);
    }
}
