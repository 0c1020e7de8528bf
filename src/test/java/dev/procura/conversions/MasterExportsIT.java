package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every master without an export before converts to CSV and XLSX through a template of its source
 * type: the rows hold what the API stored, in key order; filters select, an unknown or unreadable
 * filter is a 400, and only the tenant's runners may export.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterExportsIT {

    /** A source type, the columns its template names and the rows every record gives, in order. */
    private record Export(String type, List<String> columns, List<List<String>> rows) {}

    private static final List<Export> EXPORTS = List.of(
            new Export(
                    "unit",
                    List.of("code", "name", "dimension", "decimals", "active"),
                    List.of(
                            List.of("box", "Box", "count", "0", "true"),
                            List.of("kg", "Kilogram", "mass", "3", "true"),
                            List.of("old", "Old unit", "other", "0", "false"))),
            new Export(
                    "payment_term",
                    List.of(
                            "code",
                            "description",
                            "net_days",
                            "discount_days",
                            "discount_percent",
                            "end_of_month",
                            "active"),
                    List.of(
                            List.of("2-10-NET30", "2% 10 days, net 30", "30", "10", "2.0000", "false", "true"),
                            List.of("EOM60", "60 days after month end", "60", "", "", "true", "false"),
                            List.of("NET30", "Net 30 days", "30", "", "", "false", "true"))),
            new Export(
                    "currency",
                    List.of("code", "name", "decimals", "active", "tenant_currency"),
                    List.of(
                            List.of("EUR", "Euro", "2", "true", "true"),
                            List.of("GBP", "Pound sterling", "2", "true", "false"),
                            List.of("JPY", "Yen", "0", "false", "false"),
                            List.of("USD", "US dollar", "2", "true", "false"))),
            new Export(
                    "exchange_rate",
                    List.of("from_currency", "to_currency", "rate", "valid_from"),
                    List.of(
                            List.of("GBP", "EUR", "1.17", "2026-01-01"),
                            List.of("USD", "EUR", "0.9235", "2026-01-01"),
                            List.of("USD", "EUR", "0.9100", "2026-03-01"))),
            new Export(
                    "tax_code",
                    List.of("code", "name", "rates", "inclusive", "recoverable_percent", "input_tax_account", "active"),
                    List.of(
                            List.of(
                                    "VAT20",
                                    "VAT standard",
                                    "20.000@2024-01-01..2024-12-31|21.000@2025-01-01",
                                    "false",
                                    "100.0000",
                                    "1570",
                                    "true"),
                            List.of("VAT7I", "VAT reduced, gross", "7.000@2024-01-01", "true", "0.0000", "", "true"))),
            new Export(
                    "cost_centre",
                    List.of("code", "name", "parent_code", "active", "valid_from", "valid_to"),
                    List.of(
                            List.of("HR", "Human resources", "", "false", "", ""),
                            List.of("IT", "IT", "", "true", "", ""),
                            List.of("IT-OPS", "IT operations", "IT", "true", "2026-01-01", "2026-12-31"))));

    private Shop shop;
    private Shop other;

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Master exports");
        other = Buying.shop("Master exports elsewhere");

        unit("box", "Box", "count", 0, true);
        unit("kg", "Kilogram", "mass", 3, true);
        unit("old", "Old unit", "other", 0, false);

        create(
                "/payment-terms",
                body("code", "NET30", "description", "Net 30 days").add("net_days", 30));
        create(
                "/payment-terms",
                body("code", "2-10-NET30", "description", "2% 10 days, net 30")
                        .add("net_days", 30)
                        .add("discount_days", 10)
                        .add("discount_percent", 2));
        create(
                "/payment-terms",
                body("code", "EOM60", "description", "60 days after month end")
                        .add("net_days", 60)
                        .add("end_of_month", true)
                        .add("active", false));

        create("/currencies", body("code", "USD", "name", "US dollar").add("decimals", 2));
        create("/currencies", body("code", "GBP", "name", "Pound sterling").add("decimals", 2));
        create(
                "/currencies",
                body("code", "JPY", "name", "Yen").add("decimals", 0).add("active", false));
        rate("USD", "EUR", "0.9235", "2026-01-01");
        rate("USD", "EUR", "0.9100", "2026-03-01");
        rate("GBP", "EUR", "1.17", "2026-01-01");

        Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null).expect(201);
        create(
                "/tax-codes",
                body("code", "VAT20", "name", "VAT standard")
                        .add(
                                "rates",
                                Json.createArrayBuilder()
                                        .add(period("20", "2024-01-01", "2024-12-31"))
                                        .add(period("21", "2025-01-01", null)))
                        .add("input_tax_account", "1570"));
        create(
                "/tax-codes",
                body("code", "VAT7I", "name", "VAT reduced, gross")
                        .add("rates", Json.createArrayBuilder().add(period("7", "2024-01-01", null)))
                        .add("inclusive", true)
                        .add("recoverable_percent", 0));

        create(
                "/cost-centres",
                body("code", "IT-OPS", "name", "IT operations")
                        .add("parent_code", "IT")
                        .add("valid_from", "2026-01-01")
                        .add("valid_to", "2026-12-31"));
        create("/cost-centres", body("code", "HR", "name", "Human resources").add("active", false));
    }

    @TestFactory
    Stream<DynamicTest> everyMasterConvertsToCsvAndXlsxInKeyOrder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Export export : EXPORTS) {
            tests.add(DynamicTest.dynamicTest(export.type() + " to CSV", () -> {
                List<CSVRecord> csv = ConversionsIT.csv(convert(export, "csv", null));
                assertEquals(export.columns(), csv.get(0).toList(), "the header row");
                assertEquals(
                        export.rows(),
                        csv.subList(1, csv.size()).stream()
                                .map(CSVRecord::toList)
                                .toList());
            }));
            tests.add(DynamicTest.dynamicTest(export.type() + " to XLSX", () -> {
                List<List<String>> sheet = sheet(convert(export, "xlsx", null));
                assertEquals(export.columns(), sheet.get(0), "the header row");
                assertEquals(
                        export.rows().stream()
                                .map(row -> row.stream()
                                        .map(MasterExportsIT::asNumberIfOne)
                                        .toList())
                                .toList(),
                        sheet.subList(1, sheet.size()));
            }));
        }
        return tests.stream();
    }

    @Test
    void filtersSelectRecordsOfEachMaster() throws Exception {
        assertEquals(List.of("old"), firstCells(EXPORTS.get(0), Map.of("active", "false")));
        assertEquals(List.of("kg"), firstCells(EXPORTS.get(0), Map.of("dimension", "mass")));
        assertEquals(List.of("EOM60"), firstCells(EXPORTS.get(1), Map.of("end_of_month", "true")));
        assertEquals(List.of("JPY"), firstCells(EXPORTS.get(2), Map.of("active", "false")));
        assertEquals(List.of("USD", "USD"), firstCells(EXPORTS.get(3), Map.of("from_currency", "USD")));
        assertEquals(
                List.of("USD"), firstCells(EXPORTS.get(3), Map.of("to_currency", "EUR", "valid_since", "2026-02-01")));
        assertEquals(List.of("VAT7I"), firstCells(EXPORTS.get(4), Map.of("inclusive", "true")));
        assertEquals(List.of("IT", "IT-OPS"), firstCells(EXPORTS.get(5), Map.of("active", "true")));
    }

    @Test
    void costCentresSelectedByIdsComeInTheGivenOrder() throws Exception {
        String template = template(EXPORTS.get(5), "csv");
        List<String> ids = Stream.of("IT-OPS", "HR")
                .map(code -> Api.get(shop.path("/cost-centres?q=" + code), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("code").equals(code))
                        .findFirst()
                        .orElseThrow()
                        .getString("id"))
                .toList();
        JsonObject done = Conversions.run(shop, shop.token(), Conversions.byIds(template, "cost_centre", ids));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(
                List.of("IT-OPS", "HR"),
                ConversionsIT.csv(Conversions.file(shop, shop.token(), done.getString("id"))).stream()
                        .skip(1)
                        .map(r -> r.get(0))
                        .toList());
    }

    @Test
    void anUnknownFilterOrAnUnreadableValueIsRefusedWithTheFilterNamed() {
        for (Export export : EXPORTS) {
            String template = template(export, "csv");
            assertEquals(
                    List.of("source.filter.colour"),
                    Api.post(
                                    shop.path("/conversions"),
                                    shop.token(),
                                    request(template, export.type(), Map.of("colour", "red")))
                            .fieldErrors(),
                    export.type());
        }
        assertEquals(
                List.of("source.filter.active"),
                Api.post(
                                shop.path("/conversions"),
                                shop.token(),
                                request(template(EXPORTS.get(0), "csv"), "unit", Map.of("active", "yes")))
                        .fieldErrors());
        assertEquals(
                List.of("source.filter.valid_since"),
                Api.post(
                                shop.path("/conversions"),
                                shop.token(),
                                request(
                                        template(EXPORTS.get(3), "csv"),
                                        "exchange_rate",
                                        Map.of("valid_since", "soon")))
                        .fieldErrors());
    }

    @Test
    void onlyTheTenantsRunnersExportItsMasters() {
        for (Export export : EXPORTS) {
            JsonObject request = request(template(export, "csv"), export.type(), Map.of());
            Api.post(shop.path("/conversions"), other.token(), request).expectProblem(404, "not-found");
            Api.post(shop.path("/conversions"), Tenants.signedIn().token(), request)
                    .expectProblem(404, "not-found");
            String viewer =
                    Tenants.join(shop.tenantId(), shop.token(), "viewer").token();
            Api.post(shop.path("/conversions"), viewer, request).expectProblem(403, "forbidden");
        }
    }

    private byte[] convert(Export export, String format, Map<String, String> filter) throws Exception {
        JsonObject done = Conversions.run(
                shop,
                shop.token(),
                request(template(export, format), export.type(), filter == null ? Map.of() : filter));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(export.type(), done.getString("source_type"), done.toString());
        return Conversions.file(shop, shop.token(), done.getString("id"));
    }

    private List<String> firstCells(Export export, Map<String, String> filter) throws Exception {
        return ConversionsIT.csv(convert(export, "csv", filter)).stream()
                .skip(1)
                .map(r -> r.get(0))
                .toList();
    }

    private String template(Export export, String format) {
        JsonArrayBuilder columns = Json.createArrayBuilder();
        export.columns()
                .forEach(c ->
                        columns.add(Json.createObjectBuilder().add("field", c).add("label", c)));
        return Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", export.type() + " " + format + " " + UUID.randomUUID())
                                .add("source_type", export.type())
                                .add("format", format)
                                .add("columns", columns)
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObject request(String template, String type, Map<String, String> filter) {
        JsonObjectBuilder filters = Json.createObjectBuilder();
        filter.forEach(filters::add);
        return Json.createObjectBuilder()
                .add("template_id", template)
                .add("source", Json.createObjectBuilder().add("type", type).add("filter", filters))
                .build();
    }

    /** The sheet's cells as text: numbers without trailing zeros, dates as ISO dates, empty cells as "". */
    private static List<List<String>> sheet(byte[] file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BLANK -> "";
            default -> throw new AssertionError("unexpected cell " + cell.getCellType());
        };
    }

    /** A CSV value as the sheet shows it: a plain number loses its trailing zeros. */
    private static String asNumberIfOne(String value) {
        return value.matches("-?\\d+(\\.\\d+)?")
                ? new BigDecimal(value).stripTrailingZeros().toPlainString()
                : value;
    }

    private void unit(String code, String name, String dimension, int decimals, boolean active) {
        create(
                "/units",
                body("code", code, "name", name)
                        .add("dimension", dimension)
                        .add("decimals", decimals)
                        .add("active", active));
    }

    private void rate(String from, String to, String rate, String validFrom) {
        create(
                "/exchange-rates",
                Json.createObjectBuilder()
                        .add("from_currency", from)
                        .add("to_currency", to)
                        .add("rate", new BigDecimal(rate))
                        .add("valid_from", validFrom));
    }

    private static JsonObjectBuilder period(String rate, String from, String to) {
        JsonObjectBuilder period =
                Json.createObjectBuilder().add("rate", new BigDecimal(rate)).add("valid_from", from);
        return to == null ? period : period.add("valid_to", to);
    }

    private static JsonObjectBuilder body(String key, String value, String secondKey, String secondValue) {
        return Json.createObjectBuilder().add(key, value).add(secondKey, secondValue);
    }

    private void create(String path, JsonObjectBuilder body) {
        Api.post(shop.path(path), shop.token(), body.build()).expect(201);
    }
}
