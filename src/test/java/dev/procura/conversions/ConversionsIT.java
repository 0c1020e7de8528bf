package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import dev.procura.support.Mailbox;
import dev.procura.support.Notifications;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Conversions end to end: the built-in templates turn real records into files that read back with
 * the values the API shows, stored as documents, announced to the requester.
 */
@MicroShedTest
class ConversionsIT {

    @Test
    void builtInTemplatesAreListedReadOnlyAndACopyIsEditable() {
        Shop shop = Buying.shop("Templates");
        JsonObject page = Api.get(shop.path("/templates?per_page=100"), shop.token())
                .expect(200)
                .json();
        List<JsonObject> builtIns = page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getBoolean("built_in"))
                .toList();
        assertEquals(11, builtIns.size(), page.toString());
        assertEquals(
                List.of("json", "csv", "xlsx", "pdf", "pdf", "xlsx", "pdf", "xlsx", "csv", "xlsx", "pdf"),
                builtIns.stream().map(t -> t.getString("format")).toList());
        String invoiceXlsx = Conversions.builtIn(shop, "Invoices (Excel)");
        assertEquals(
                1,
                Api.get(shop.path("/templates?source_type=invoice&format=xlsx"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        JsonObject body = supplierListBody("Mine").build();
        Api.put(shop.path("/templates/" + invoiceXlsx), shop.token(), body).expectProblem(409, "built-in-template");
        Api.delete(shop.path("/templates/" + invoiceXlsx), shop.token()).expectProblem(409, "built-in-template");

        JsonObject copy = Api.post(shop.path("/templates/" + invoiceXlsx + "/copy"), shop.token(), null)
                .expect(201)
                .json();
        assertEquals("Invoices (Excel) (copy)", copy.getString("name"));
        assertFalse(copy.getBoolean("built_in"));
        assertEquals("invoice", copy.getString("source_type"));
        JsonObject second = Api.post(shop.path("/templates/" + invoiceXlsx + "/copy"), shop.token(), null)
                .expect(201)
                .json();
        assertEquals("Invoices (Excel) (copy 2)", second.getString("name"));

        JsonObject changed = Api.put(shop.path("/templates/" + copy.getString("id")), shop.token(), body)
                .expect(200)
                .json();
        assertEquals("supplier", changed.getString("source_type"));
        Api.post(shop.path("/templates"), shop.token(), body).expectProblem(409, "template-name-taken");
        Api.delete(shop.path("/templates/" + copy.getString("id")), shop.token())
                .expect(204);
        Api.get(shop.path("/templates/" + copy.getString("id")), shop.token()).expectProblem(404, "not-found");
        Api.post(shop.path("/templates/" + UUID.randomUUID() + "/copy"), shop.token(), null)
                .expectProblem(404, "not-found");
    }

    @Test
    void aTemplateIsCheckedOnSaveWithThePlaceOfEachError() {
        Shop shop = Buying.shop("Template checks");
        JsonObject problem = Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Broken")
                                .add("source_type", "purchase_order")
                                .add("format", "pptx")
                                .add("locale", "xx-!!")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "nonsense"))
                                                .add(Json.createObjectBuilder()
                                                        .add("key", "net")
                                                        .add("expression", "total * (1 +"))
                                                .add(Json.createObjectBuilder()
                                                        .add("key", "reach")
                                                        .add("expression", "secret_field * 2"))
                                                .add(Json.createObjectBuilder()
                                                        .add("field", "number")
                                                        .add("expression", "1")))
                                .add(
                                        "line_columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("field", "quantity")
                                                        .add("format", "roman")))
                                .add("totals", Json.createArrayBuilder().add("number"))
                                .build())
                .expectProblem(400, "validation");
        String errors = problem.getJsonArray("errors").toString();
        for (String field : List.of(
                "\"format\"",
                "\"locale\"",
                "columns[0].field",
                "columns[1].expression",
                "columns[2].expression",
                "columns[3]",
                "line_columns[0].format",
                "totals[0]")) {
            assertTrue(errors.contains(field), field + " missing in " + errors);
        }
        assertTrue(errors.contains("position 13"), errors);
        Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        supplierListBody("Lines")
                                .add(
                                        "line_columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "quantity")))
                                .build())
                .expectProblem(400, "validation");
    }

    @Test
    void hostileTemplatesAreRefusedOrRenderedInert() throws Exception {
        Shop shop = Buying.shop("Hostile templates");
        List<String> payloads = List.of(
                "${7*7}",
                "#{7*7}",
                "{{7*7}}",
                "<%= 7*7 %>",
                "*{T(java.lang.Runtime).getRuntime().exec('id')}",
                "T(java.lang.Runtime).getRuntime()",
                "''.getClass().forName('java.lang.Runtime')",
                "__import__('os').system('id')",
                "[#assign x='freemarker.template.utility.Execute'?new()]${x('id')}",
                "#set($x=1)$x",
                "rating.class",
                "rating(1)",
                "(".repeat(200) + "1" + ")".repeat(200),
                "1" + " + 1".repeat(400));
        for (String payload : payloads) {
            JsonObject problem = Api.post(
                            shop.path("/templates"),
                            shop.token(),
                            supplierListBody("Hostile " + UUID.randomUUID())
                                    .add(
                                            "columns",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("field", "code"))
                                                    .add(Json.createObjectBuilder()
                                                            .add("key", "x")
                                                            .add("expression", payload)))
                                    .build())
                    .expectProblem(400, "validation");
            assertTrue(problem.toString().contains("columns[1]"), payload + " → " + problem);
        }

        // Template text is printed as it is, never run; spreadsheet cells cannot start a formula.
        UUID supplier = Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody("EVIL")
                                .add("legal_name", "=HYPERLINK(\"http://evil.example\",\"click\")")
                                .build())
                .expect(201)
                .json()
                .getString("id")
                .transform(UUID::fromString);
        JsonObject template = Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Inert")
                                .add("source_type", "supplier")
                                .add("format", "csv")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("field", "code")
                                                        .add("label", "${7*7} {{7*7}}"))
                                                .add(Json.createObjectBuilder()
                                                        .add("field", "legal_name")
                                                        .add("label", "@SUM(A1)"))
                                                .add(Json.createObjectBuilder()
                                                        .add("key", "double_rating")
                                                        .add("expression", "rating * 2")))
                                .build())
                .expect(201)
                .json();
        JsonObject done = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(template.getString("id"), "supplier", List.of(supplier.toString())));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(1, done.getInt("problem_count"), "rating is null, so rating * 2 cannot be had: " + done);
        List<CSVRecord> rows = csv(Conversions.file(shop, shop.token(), done.getString("id")));
        assertEquals(
                List.of("${7*7} {{7*7}}", "'@SUM(A1)", "Double rating"),
                rows.get(0).toList());
        assertEquals("EVIL", rows.get(1).get(0));
        assertEquals(
                "'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(1).get(1));
        assertEquals("", rows.get(1).get(2));
    }

    @Test
    void invoicesBecomeAWorkbookStoredAsADocumentAndTheRequesterIsTold() throws Exception {
        Shop shop = Buying.shop("Invoices to Excel");
        UUID acme = Buying.supplier(shop, "ACME");
        JsonObject first = Conversions.invoice(shop, acme, "ACME-1");
        JsonObject second = Conversions.invoice(shop, acme, "ACME-2");

        JsonObject started = Api.post(
                        shop.path("/conversions"),
                        shop.token(),
                        Conversions.byIds(
                                Conversions.builtIn(shop, "Invoices (Excel)"),
                                "invoice",
                                List.of(second.getString("id"), first.getString("id"))))
                .expect(202)
                .json();
        assertEquals("queued", started.getString("status"));
        assertEquals(2, started.getInt("records_total"));
        JsonObject done = Conversions.awaitFinished(shop, shop.token(), started.getString("id"));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(100, done.getInt("progress_percent"));
        assertEquals(2, done.getInt("records_done"));
        assertEquals(4, done.getInt("rows_done"));
        assertEquals(1, done.getInt("attempts"));
        assertNotNull(done.getJsonNumber("duration_ms"));

        byte[] file = Conversions.file(shop, shop.token(), done.getString("id"));
        assertEquals(done.getJsonNumber("output_bytes").longValue(), file.length);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("Invoice", header.getCell(0).getStringCellValue());
            assertEquals("Supplier", header.getCell(3).getStringCellValue());
            assertNotNull(sheet.getPaneInformation(), "the header row is frozen");
            // The ids' order: the second invoice first, each with its two lines.
            assertEquals(second.getString("number"), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(second.getString("number"), sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(first.getString("number"), sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("ACME Supplies Ltd", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(11).getCellType());
            assertEquals(2.0, sheet.getRow(1).getCell(11).getNumericCellValue(), 1e-9, "quantity");
            assertEquals(2000.0, sheet.getRow(1).getCell(15).getNumericCellValue(), 1e-9, "net of line 1");
            Row totals = sheet.getRow(5);
            assertEquals(2 * 3013.5, totals.getCell(17).getNumericCellValue(), 1e-9, "total of both invoices");
            sheet.forEach(row -> row.forEach(cell -> assertTrue(cell.getCellType() != CellType.FORMULA)));
        }

        JsonObject document = Api.get(shop.path("/documents/" + done.getString("document_id")), shop.token())
                .expect(200)
                .json();
        assertTrue(document.getString("filename").matches("invoices-\\d{8}-\\d{6}\\.xlsx"), document.toString());
        assertTrue(document.toString().contains("conversion"), "tagged: " + document);

        JsonObject told = Notifications.await(
                shop.tenantId(),
                shop.token(),
                n -> "download_ready".equals(n.getString("type")),
                Duration.ofSeconds(30));
        assertTrue(told.toString().contains(done.getString("id") + "/download"), told.toString());
        Mailbox.await(
                shop.admin().account().email(), m -> Mailbox.subject(m).contains("ready"), Duration.ofSeconds(30));
    }

    @Test
    void purchaseOrdersBecomeAPdfAndInvoiceDraftsInJson() throws Exception {
        Shop shop = Buying.shop("Orders to PDF");
        UUID acme = Buying.supplier(shop, "ACME");
        JsonObject order = Buying.order(
                shop,
                acme,
                Buying.lines(Buying.line("LAP-14", "2", "1000.00", "23"), Buying.line("DOCK-1", "3", "150", "23")));

        JsonObject pdf = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(
                        Conversions.builtIn(shop, "Purchase order (PDF)"),
                        "purchase_order",
                        List.of(order.getString("id"))));
        assertEquals("completed", pdf.getString("status"), pdf.toString());
        try (PDDocument document = Loader.loadPDF(Conversions.file(shop, shop.token(), pdf.getString("id")))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(order.getString("number")), text);
            assertTrue(text.contains("ACME Supplies Ltd"), text);
            assertTrue(text.contains("Orders to PDF"), "the buyer: " + text);
            assertTrue(text.contains("3,013.50"), "the order's total: " + text);
            assertTrue(text.replace(" ", "").contains("Page1of" + document.getNumberOfPages()), text);
        }

        JsonObject json = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(
                        Conversions.builtIn(shop, "Purchase order to invoice (JSON)"),
                        "purchase_order",
                        List.of(order.getString("id"))));
        assertEquals("completed", json.getString("status"), json.toString());
        JsonArray drafts = Json.createReader(new StringReader(
                        new String(Conversions.file(shop, shop.token(), json.getString("id")), StandardCharsets.UTF_8)))
                .readArray();
        JsonObject draft = drafts.getJsonObject(0);
        assertEquals(order.getString("number"), draft.getString("number"));
        assertEquals("ACME", draft.getString("supplier_code"));
        assertEquals(0, draft.getJsonNumber("total").bigDecimalValue().compareTo(new java.math.BigDecimal("3013.50")));
        assertEquals(2, draft.getJsonArray("lines").size());
        assertEquals("DOCK-1", draft.getJsonArray("lines").getJsonObject(1).getString("item_code"));
    }

    @Test
    void quotesBecomeCsvAndRfqsAPdfWithAFilterAndAPreview() throws Exception {
        Shop shop = Buying.shop("Quotes to CSV");
        UUID acme = Buying.supplier(shop, "ACME");
        String rfqId = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", "Laptops for Lisbon")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add(
                                        "needed_by",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(20)
                                                .toString())
                                .add("supplier_ids", Json.createArrayBuilder().add(acme.toString()))
                                .add("lines", Buying.lines(Buying.line("LAP-14", "10", null, null)))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/rfqs/" + rfqId + "/send"), shop.token(), null).expect(200);
        JsonObject quote = Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("rfq_id", rfqId)
                                .add("supplier_id", acme.toString())
                                .add("currency", "EUR")
                                .add("valid_until", "2099-01-01")
                                .add("lead_time_days", 5)
                                .add("lines", Buying.lines(Buying.line("LAP-14", "10", "999.90", "23")))
                                .build())
                .expect(201)
                .json();

        JsonObject request = Json.createObjectBuilder()
                .add("template_id", Conversions.builtIn(shop, "Quotes (CSV)"))
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("type", "quote")
                                .add("filter", Json.createObjectBuilder().add("supplier_id", acme.toString())))
                .build();
        JsonObject started = Api.post(shop.path("/conversions"), shop.token(), request)
                .expect(202)
                .json();
        JsonObject preview = Api.request("GET", shop.path("/conversions/" + started.getString("id") + "/preview"))
                .token(shop.token())
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .json();
        assertEquals(1, preview.getJsonArray("rows").size());
        assertEquals(
                quote.getString("number"),
                preview.getJsonArray("rows")
                        .getJsonObject(0)
                        .getJsonObject("values")
                        .getString("number"));
        JsonObject done = Conversions.awaitFinished(shop, shop.token(), started.getString("id"));
        List<CSVRecord> rows = csv(Conversions.file(shop, shop.token(), done.getString("id")));
        assertEquals("Quote", rows.get(0).get(0));
        assertEquals(quote.getString("number"), rows.get(1).get(0));
        assertEquals(
                0,
                new java.math.BigDecimal("999.90")
                        .compareTo(new java.math.BigDecimal(
                                rows.get(1).get(rows.get(0).toList().indexOf("Unit price")))));
        assertEquals(
                0,
                new java.math.BigDecimal("9999.00")
                        .compareTo(new java.math.BigDecimal(
                                rows.get(1).get(rows.get(0).toList().indexOf("Net")))));

        JsonObject rfqPdf = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(Conversions.builtIn(shop, "Request for quotation (PDF)"), "rfq", List.of(rfqId)));
        try (PDDocument document = Loader.loadPDF(Conversions.file(shop, shop.token(), rfqPdf.getString("id")))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Laptops for Lisbon"), text);
            assertTrue(text.contains("LAP-14"), text);
        }
        byte[] partial = Api.request("GET", shop.path("/conversions/" + rfqPdf.getString("id") + "/preview"))
                .token(shop.token())
                .header("Accept", "application/pdf")
                .sendForBytes()
                .body();
        try (PDDocument document = Loader.loadPDF(partial)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Laptops for Lisbon"));
        }
    }

    static jakarta.json.JsonObjectBuilder supplierListBody(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("source_type", "supplier")
                .add("format", "xlsx")
                .add(
                        "columns",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("field", "code"))
                                .add(Json.createObjectBuilder()
                                        .add("field", "legal_name")
                                        .add("label", "Name")));
    }

    static List<CSVRecord> csv(byte[] file) throws java.io.IOException {
        return CSVFormat.RFC4180
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8)))
                .getRecords();
    }
}
