package dev.procura.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reports;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Reports through the running server: definitions checked against the catalogue, runs as batch jobs
 * whose files (read back) hold exactly the rows, groups, aggregates, order and limit asked for.
 *
 * <p>The fixture, three draft orders: ACME-1 (LAP-14 2 × 1000, DOCK-1 3 × 150: subtotal 2450),
 * ACME-2 (LAP-14 1 × 1000: 1000) and BOLT-1 (DOCK-1 4 × 150, LAP-14 1 × 900: 1500).
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {

    private Shop shop;
    private UUID acme;
    private String acme1;
    private String bolt1;

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Reports");
        acme = Buying.supplier(shop, "ACME");
        UUID bolt = Buying.supplier(shop, "BOLT");
        acme1 = Buying.order(
                        shop,
                        acme,
                        Buying.lines(
                                Buying.line("LAP-14", "2", "1000.00", "23"), Buying.line("DOCK-1", "3", "150", "23")))
                .getString("number");
        Buying.order(shop, acme, Buying.lines(Buying.line("LAP-14", "1", "1000.00", "23")));
        bolt1 = Buying.order(
                        shop,
                        bolt,
                        Buying.lines(Buying.line("DOCK-1", "4", "150", "23"), Buying.line("LAP-14", "1", "900", "23")))
                .getString("number");
    }

    private static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonObjectBuilder condition(String field, String op, String value) {
        JsonObjectBuilder condition =
                Json.createObjectBuilder().add("field", field).add("op", op);
        return value == null ? condition : condition.add("value", value);
    }

    private static JsonObjectBuilder aggregate(String function, String field, String as) {
        JsonObjectBuilder aggregate = Json.createObjectBuilder().add("function", function);
        if (field != null) {
            aggregate.add("field", field);
        }
        return as == null ? aggregate : aggregate.add("as", as);
    }

    private static JsonObjectBuilder sort(String field, String direction) {
        return Json.createObjectBuilder().add("field", field).add("direction", direction);
    }

    private static JsonObjectBuilder spendBySupplier(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("dataset", "purchase_order_line")
                .add("filters", Json.createObjectBuilder().add("status", "draft"))
                .add("conditions", Json.createArrayBuilder().add(condition("quantity", "ge", "2")))
                .add("group_by", array("supplier_code"))
                .add(
                        "aggregates",
                        Json.createArrayBuilder()
                                .add(aggregate("sum", "net_amount", "spend"))
                                .add(aggregate("count", null, "lines"))
                                .add(aggregate("max", "quantity", null)))
                .add("sort", Json.createArrayBuilder().add(sort("spend", "desc")))
                .add("format", "csv");
    }

    private static List<List<String>> csv(byte[] file) throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new StringReader(new String(file, StandardCharsets.UTF_8)))) {
            parser.forEach(record -> rows.add(record.toList()));
        }
        return rows;
    }

    private static void assertNumber(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), expected + " vs " + actual);
    }

    @Test
    void aGroupedReportSumsCountsAndSortsTheLinesItsConditionsKeep() throws Exception {
        JsonObject created = Api.post(
                        shop.path("/reports"),
                        shop.token(),
                        spendBySupplier("Spend by supplier").build())
                .expect(201)
                .json();
        String id = created.getString("id");
        assertTrue(Api.get(shop.path("/reports/" + id), shop.token())
                .expect(200)
                .json()
                .getJsonObject("definition")
                .getString("dataset")
                .equals("purchase_order_line"));
        assertEquals(
                List.of("supplier_code", "spend", "lines", "max_quantity"),
                created.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("key"))
                        .toList());

        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("completed", run.getString("status"), run::toString);
        assertEquals(3, run.getJsonNumber("records_read").longValue(), "the three draft orders read");
        assertEquals(2, run.getJsonNumber("row_count").longValue());
        assertTrue(run.getString("filename").startsWith("spend-by-supplier-")
                && run.getString("filename").endsWith(".csv"));
        assertTrue(run.getJsonNumber("duration_ms").longValue() >= 0);
        assertEquals(1, run.getInt("attempts"));

        List<List<String>> rows = csv(Reports.file(shop, shop.token(), id, run.getString("id")));
        assertEquals(List.of("Supplier code", "Spend", "Lines", "Maximum of quantity"), rows.get(0));
        assertEquals(3, rows.size(), rows::toString);
        // ACME: 2 × 1000 + 3 × 150 (its 1-piece line is left out by quantity >= 2); BOLT: 4 × 150.
        assertEquals("ACME", rows.get(1).get(0));
        assertNumber("2450", rows.get(1).get(1));
        assertEquals("2", rows.get(1).get(2));
        assertNumber("3", rows.get(1).get(3));
        assertEquals("BOLT", rows.get(2).get(0));
        assertNumber("600", rows.get(2).get(1));
        assertEquals("1", rows.get(2).get(2));
        assertNumber("4", rows.get(2).get(3));

        JsonObject document = Api.get(shop.path("/documents/" + run.getString("document_id")), shop.token())
                .expect(200)
                .json();
        assertEquals(run.getString("filename"), document.getString("filename"));
    }

    @Test
    void anUngroupedReportShowsItsColumnsSortedAndCutToTheLimitAsASpreadsheet() throws Exception {
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Largest orders")
                        .add("dataset", "purchase_order")
                        .add("columns", array("number", "supplier_code", "subtotal"))
                        .add("conditions", Json.createArrayBuilder().add(condition("subtotal", "gt", "500")))
                        .add("sort", Json.createArrayBuilder().add(sort("subtotal", "desc")))
                        .add("limit", 2)
                        .build());
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("completed", run.getString("status"), run::toString);
        assertTrue(run.getString("filename").endsWith(".xlsx"), "xlsx is the default format");
        assertEquals(2, run.getJsonNumber("row_count").longValue());
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(Reports.file(shop, shop.token(), id, run.getString("id"))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Largest orders", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("Number", header.getCell(0).getStringCellValue());
            assertEquals("Supplier code", header.getCell(1).getStringCellValue());
            assertEquals("Subtotal", header.getCell(2).getStringCellValue());
            assertEquals(acme1, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2450.0, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(bolt1, sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("BOLT", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(1500.0, sheet.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(2, sheet.getLastRowNum(), "the header and two rows: ACME-2 (1000) is past the limit");
        }
    }

    @Test
    void filtersPickTheRecordsAndAnExecutionMayAskForAnotherFormat() throws Exception {
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "ACME lines")
                        .add("dataset", "purchase_order_line")
                        .add("columns", array("number", "line", "item_code", "quantity"))
                        .add("filters", Json.createObjectBuilder().add("supplier_id", acme.toString()))
                        .add("conditions", Json.createArrayBuilder().add(condition("item_code", "contains", "lap")))
                        .add("format", "pdf")
                        .build());
        JsonObject run = Reports.run(
                shop,
                shop.token(),
                id,
                Json.createObjectBuilder().add("format", "json").build());
        assertEquals("completed", run.getString("status"), run::toString);
        assertEquals("json", run.getString("format"));
        JsonArray rows = Json.createReader(
                        new ByteArrayInputStream(Reports.file(shop, shop.token(), id, run.getString("id"))))
                .readArray();
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(acme1, rows.getJsonObject(0).getString("number"));
        assertEquals(1, rows.getJsonObject(0).getInt("line"));
        assertEquals("LAP-14", rows.getJsonObject(0).getString("item_code"));
        assertNumber("2", rows.getJsonObject(0).getJsonNumber("quantity").toString());
        assertNumber("1", rows.getJsonObject(1).getJsonNumber("quantity").toString());
        assertFalse(rows.getJsonObject(1).getString("number").equals(acme1));

        JsonObject pdf = Reports.run(shop, shop.token(), id, null);
        byte[] file = Reports.file(shop, shop.token(), id, pdf.getString("id"));
        assertEquals("%PDF", new String(file, 0, 4, StandardCharsets.US_ASCII));

        JsonObject executions = Api.get(shop.path("/reports/" + id + "/executions"), shop.token())
                .expect(200)
                .json();
        assertEquals(2, executions.getInt("total"));
        assertEquals(
                List.of(pdf.getString("id"), run.getString("id")),
                executions.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("id"))
                        .toList(),
                "newest first");
    }

    @Test
    void receiptsAreADatasetWithTheirLines() throws Exception {
        UUID supplier = Buying.supplier(shop, "RECV");
        String order = Buying.sentOrder(
                        shop,
                        supplier,
                        Buying.lines(Buying.line("BOLT-9", "10", "2", "23"), Buying.line("NUT-9", "5", "1", "23")))
                .getString("id");
        Buying.receive(shop, order, 1, "8", "2");
        Buying.receive(shop, order, 2, "5", null);
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Received by item")
                        .add("dataset", "receipt_line")
                        .add("filters", Json.createObjectBuilder().add("supplier_id", supplier.toString()))
                        .add("group_by", array("supplier_code", "item_code"))
                        .add(
                                "aggregates",
                                Json.createArrayBuilder()
                                        .add(aggregate("sum", "accepted_quantity", "accepted"))
                                        .add(aggregate("sum", "rejected_quantity", "rejected"))
                                        .add(aggregate("count", "rejection_reason", "with_reason")))
                        .add("sort", Json.createArrayBuilder().add(sort("item_code", "asc")))
                        .add("format", "json")
                        .build());
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("completed", run.getString("status"), run::toString);
        assertEquals(2, run.getJsonNumber("records_read").longValue(), "two receipts of the supplier");
        JsonArray rows = Json.createReader(
                        new ByteArrayInputStream(Reports.file(shop, shop.token(), id, run.getString("id"))))
                .readArray();
        assertEquals(2, rows.size(), rows::toString);
        JsonObject bolts = rows.getJsonObject(0);
        assertEquals("RECV", bolts.getString("supplier_code"));
        assertEquals("BOLT-9", bolts.getString("item_code"));
        assertNumber("8", bolts.getJsonNumber("accepted").toString());
        assertNumber("2", bolts.getJsonNumber("rejected").toString());
        assertEquals(1, bolts.getInt("with_reason"));
        assertEquals("NUT-9", rows.getJsonObject(1).getString("item_code"));
        assertNumber("5", rows.getJsonObject(1).getJsonNumber("accepted").toString());
        assertEquals(0, rows.getJsonObject(1).getInt("with_reason"));
    }

    @Test
    void aDashboardTileShowsAReportsAggregateOverItsPeriod() {
        String spend = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "ACME spend")
                        .add("dataset", "purchase_order")
                        .add(
                                "filters",
                                Json.createObjectBuilder()
                                        .add("supplier_id", acme.toString())
                                        .add("status", "draft"))
                        .add(
                                "aggregates",
                                Json.createArrayBuilder()
                                        .add(aggregate("sum", "subtotal", "spend"))
                                        .add(aggregate("count", null, "orders")))
                        .build());
        String grouped =
                Reports.create(shop, spendBySupplier("Grouped for a tile").build());
        JsonObject dashboard = Api.post(
                        shop.path("/dashboards"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Report tiles")
                                .add(
                                        "tiles",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("title", "ACME this month")
                                                        .add("report_id", spend)
                                                        .add("column", "spend")
                                                        .add("period", "month_to_date")
                                                        .add("compare", true))
                                                .add(Json.createObjectBuilder()
                                                        .add("title", "ACME orders")
                                                        .add("report_id", spend)
                                                        .add("column", "orders")
                                                        .add("period", "last_7_days")))
                                .build())
                .expect(201)
                .json();
        List<JsonObject> tiles = Api.get(shop.path("/dashboards/" + dashboard.getString("id") + "/data"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("tiles")
                .getValuesAs(JsonObject.class);
        JsonObject money = tiles.get(0);
        assertFalse(money.containsKey("kpi"));
        assertEquals(spend, money.getString("report_id"));
        assertEquals("amount", money.getString("unit"));
        // ACME's two draft orders of today: 2 × 1000 + 3 × 150, and 1 × 1000.
        assertNumber(
                "3450", money.getJsonObject("current").getJsonNumber("value").toString());
        assertFalse(money.getJsonObject("previous").containsKey("value"), "no ACME orders the month before");
        assertEquals("count", tiles.get(1).getString("unit"));
        assertEquals(2, tiles.get(1).getJsonObject("current").getInt("value"));

        String suppliers = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Supplier count")
                        .add("dataset", "supplier")
                        .add("aggregates", Json.createArrayBuilder().add(aggregate("count", null, null)))
                        .build());
        JsonObjectBuilder bad = Json.createObjectBuilder()
                .add("name", "Bad report tiles")
                .add(
                        "tiles",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("title", "grouped")
                                        .add("report_id", grouped)
                                        .add("column", "spend")
                                        .add("period", "last_7_days"))
                                .add(Json.createObjectBuilder()
                                        .add("title", "no dates")
                                        .add("report_id", suppliers)
                                        .add("column", "count")
                                        .add("period", "last_7_days"))
                                .add(Json.createObjectBuilder()
                                        .add("title", "not a column")
                                        .add("report_id", spend)
                                        .add("column", "colour")
                                        .add("period", "last_7_days"))
                                .add(Json.createObjectBuilder()
                                        .add("title", "unknown")
                                        .add("report_id", UUID.randomUUID().toString())
                                        .add("column", "spend")
                                        .add("period", "last_7_days")));
        assertEquals(
                List.of("tiles[0].report_id", "tiles[1].report_id", "tiles[2].column", "tiles[3].report_id"),
                Api.post(shop.path("/dashboards"), shop.token(), bad.build()).fieldErrors());
    }

    @Test
    void approvalsAreADataset() throws Exception {
        String number = Buying.sentOrder(shop, acme, Buying.lines(Buying.line("APPR-1", "1", "5", "23")))
                .getString("number");
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Approved orders")
                        .add("dataset", "approval")
                        .add("columns", array("document_type", "reference", "status", "levels"))
                        .add("filters", Json.createObjectBuilder().add("document_type", "purchase_order"))
                        .add("conditions", Json.createArrayBuilder().add(condition("reference", "eq", number)))
                        .add("format", "json")
                        .build());
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("completed", run.getString("status"), run::toString);
        JsonArray rows = Json.createReader(
                        new ByteArrayInputStream(Reports.file(shop, shop.token(), id, run.getString("id"))))
                .readArray();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("purchase_order", rows.getJsonObject(0).getString("document_type"));
        assertEquals("completed", rows.getJsonObject(0).getString("status"));
        assertTrue(rows.getJsonObject(0).getInt("levels") >= 1);
        assertEquals(
                List.of("filters.status"),
                Api.post(
                                shop.path("/reports"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("name", "Bad approvals")
                                        .add("dataset", "approval")
                                        .add(
                                                "filters",
                                                Json.createObjectBuilder().add("status", "approved"))
                                        .build())
                        .fieldErrors());
    }

    @Test
    void documentsAreADataset() throws Exception {
        String name = "notes-" + UUID.randomUUID() + ".txt";
        dev.procura.support.Uploads.upload(shop.token(), shop.tenantId(), name, "hello")
                .expect(201);
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Uploaded notes")
                        .add("dataset", "document")
                        .add("columns", array("filename", "size_bytes", "sha256"))
                        .add("conditions", Json.createArrayBuilder().add(condition("filename", "eq", name)))
                        .add("format", "json")
                        .build());
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("completed", run.getString("status"), run::toString);
        JsonArray rows = Json.createReader(
                        new ByteArrayInputStream(Reports.file(shop, shop.token(), id, run.getString("id"))))
                .readArray();
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(5, rows.getJsonObject(0).getInt("size_bytes"));
        assertEquals(64, rows.getJsonObject(0).getString("sha256").length());
    }

    @Test
    void aggregatesWithoutGroupsGiveOneRowEvenOverNoRows() throws Exception {
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "Cancelled totals")
                        .add("dataset", "purchase_order")
                        .add("filters", Json.createObjectBuilder().add("status", "cancelled"))
                        .add(
                                "aggregates",
                                Json.createArrayBuilder()
                                        .add(aggregate("count", null, null))
                                        .add(aggregate("sum", "total", null)))
                        .add("format", "csv")
                        .build());
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals(0, run.getJsonNumber("records_read").longValue());
        assertEquals(
                List.of(List.of("Count", "Sum of total"), List.of("0", "")),
                csv(Reports.file(shop, shop.token(), id, run.getString("id"))));
    }

    @Test
    void aDefinitionIsCheckedAgainstTheCatalogueAndEveryMistakeIsNamed() {
        JsonObject bad = Json.createObjectBuilder()
                .add("name", "Bad")
                .add("dataset", "purchase_order_line")
                .add("filters", Json.createObjectBuilder().add("colour", "red"))
                .add(
                        "conditions",
                        Json.createArrayBuilder()
                                .add(condition("quantity", "gt", "many"))
                                .add(condition("order_date", "lt", "yesterday"))
                                .add(condition("nope", "eq", "1"))
                                .add(condition("total", "contains", "1"))
                                .add(condition("item_code", "empty", "x")))
                .add("group_by", array("supplier_code", "no_such_field"))
                .add(
                        "aggregates",
                        Json.createArrayBuilder()
                                .add(aggregate("sum", "item_code", null))
                                .add(aggregate("avg", null, null)))
                .add("sort", Json.createArrayBuilder().add(sort("quantity", "asc")))
                .build();
        assertEquals(
                List.of(
                        "filters.colour",
                        "conditions[0].value",
                        "conditions[1].value",
                        "conditions[2].field",
                        "conditions[3].op",
                        "conditions[4].value",
                        "group_by[1]",
                        "aggregates[0].field",
                        "aggregates[1].field",
                        "sort[0].field"),
                Api.post(shop.path("/reports"), shop.token(), bad).fieldErrors());
        Api.post(
                        shop.path("/reports"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Bad")
                                .add("dataset", "purchase_order")
                                .add("columns", array("number"))
                                .add("group_by", array("status"))
                                .build())
                .fieldErrors()
                .forEach(field -> assertEquals("columns", field));
        assertEquals(
                List.of("dataset"),
                Api.post(
                                shop.path("/reports"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("name", "Bad")
                                        .add("dataset", "receipt_of_gold")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("filters.status"),
                Api.post(
                                shop.path("/reports"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("name", "Bad")
                                        .add("dataset", "purchase_order")
                                        .add(
                                                "filters",
                                                Json.createObjectBuilder().add("status", "lost"))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("format", "name"),
                Api.post(
                                shop.path("/reports"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("name", " ")
                                        .add("dataset", "purchase_order")
                                        .add("format", "odt")
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        long saved = Api.get(shop.path("/reports?per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r -> r.getString("name").equals("Bad"))
                .count();
        assertEquals(0, saved, "nothing is saved of a refused definition");
    }

    @Test
    void theCatalogueListsEachDatasetsFieldsFiltersAndPermission() {
        List<JsonObject> datasets = Api.get(shop.path("/reports/datasets"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("datasets")
                .getValuesAs(JsonObject.class);
        JsonObject lines = datasets.stream()
                .filter(d -> d.getString("key").equals("purchase_order_line"))
                .findFirst()
                .orElseThrow();
        assertEquals("purchase_order", lines.getString("source"));
        assertTrue(lines.getBoolean("lines"));
        assertEquals("purchasing:read", lines.getString("read_permission"));
        List<String> fields = lines.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("key") + ":" + f.getString("type"))
                .toList();
        assertTrue(
                fields.containsAll(List.of(
                        "number:text",
                        "supplier_name:text",
                        "item_code:text",
                        "net_amount:money",
                        "quantity:decimal",
                        "order_date:date")),
                fields::toString);
        assertTrue(lines.getJsonArray("filters").getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .toList()
                .containsAll(List.of("status", "supplier_id", "from", "to")));
        List<String> keys = datasets.stream().map(d -> d.getString("key")).toList();
        assertTrue(
                keys.containsAll(
                        List.of("supplier", "invoice", "invoice_line", "audit_entry", "item", "exchange_rate")),
                keys::toString);
        assertFalse(keys.contains("supplier_line"), "suppliers have no lines");
    }

    @Test
    void aRunThatCannotBeMadeFailsWithItsReasonAndOffersNoFile() {
        String field = Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "purchase_order")
                                .add("key", "project_code")
                                .add("label", "Project code")
                                .add("type", "text")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        String id = Reports.create(
                shop,
                Json.createObjectBuilder()
                        .add("name", "By project")
                        .add("dataset", "purchase_order")
                        .add("columns", array("number", "cf_project_code"))
                        .build());
        Api.delete(shop.path("/custom-fields/" + field), shop.token()).expect(200);
        JsonObject run = Reports.run(shop, shop.token(), id, null);
        assertEquals("failed", run.getString("status"), run::toString);
        assertTrue(run.getString("error").contains("invalid"), run::toString);
        assertFalse(run.containsKey("document_id"));
        JsonObject problem = Api.get(
                        shop.path("/reports/" + id + "/executions/" + run.getString("id") + "/download"), shop.token())
                .expectProblem(409, "report-not-ready");
        assertEquals("failed", problem.getString("execution_status"));
        Api.get(shop.path("/reports/" + id + "/executions/" + UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void namesAreUniqueAndChangesAndDeletesAreOnTheAuditTrail() {
        String id = Reports.create(shop, spendBySupplier("Audited").build());
        Api.post(shop.path("/reports"), shop.token(), spendBySupplier("AUDITED").build())
                .expectProblem(409, "report-name-taken");
        JsonObject changed = Api.put(
                        shop.path("/reports/" + id),
                        shop.token(),
                        spendBySupplier("Audited spend").add("format", "xlsx").build())
                .expect(200)
                .json();
        assertEquals("Audited spend", changed.getString("name"));
        assertEquals("xlsx", changed.getString("format"));
        Reports.run(shop, shop.token(), id, null);
        Api.delete(shop.path("/reports/" + id), shop.token()).expect(204);
        Api.get(shop.path("/reports/" + id), shop.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/reports/" + id + "/executions"), shop.token()).expectProblem(404, "not-found");
        List<String> trail = Await.until("the report's audit trail", Duration.ofSeconds(30), () -> {
            List<String> actions = Api.get(shop.path("/audit/entities/report/" + id), shop.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("action"))
                    .sorted()
                    .toList();
            return actions.size() == 5 ? Optional.of(actions) : Optional.empty();
        });
        assertEquals(
                List.of(
                        "report.changed",
                        "report.created",
                        "report.deleted",
                        "report.execution_completed",
                        "report.execution_requested"),
                trail);
    }
}
