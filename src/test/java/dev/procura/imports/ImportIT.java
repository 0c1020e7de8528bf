package dev.procura.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Bulk imports through the running server, with suppliers as the master: create, upsert and dry
 * runs, rejected rows reported by field, files refused as a whole, XLSX, and files of several
 * chunks.
 */
@MicroShedTest
class ImportIT {

    private static final String SUPPLIERS = "code,legal_name,currency,country,categories,tax_id\n"
            + "IMP-1,Alpha Papers Lda,EUR,PT,paper|office,PT501\n"
            + "IMP-2,Beta Metals SA,EURO,ES,,\n"
            + "IMP-3,Gamma Tools GmbH,EUR,DE,tools,\n";

    private static JsonObject supplier(Shop shop, String code) {
        List<JsonObject> found = Api.get(shop.path("/suppliers?q=" + code), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        return found.stream()
                .filter(s -> s.getString("code").equals(code))
                .findFirst()
                .orElse(null);
    }

    private static void assertCounts(JsonObject run, int rows, int created, int updated, int unchanged, int rejected) {
        assertEquals("completed", run.getString("status"), run::toString);
        assertEquals(rows, run.getInt("rows"), run::toString);
        assertEquals(created, run.getInt("created"), run::toString);
        assertEquals(updated, run.getInt("updated"), run::toString);
        assertEquals(unchanged, run.getInt("unchanged"), run::toString);
        assertEquals(rejected, run.getInt("rejected"), run::toString);
    }

    @Test
    void aFileCreatesItsValidRowsAndReportsEachRejectedField() {
        Shop shop = Buying.shop("Import create");
        String file = Imports.upload(shop, "suppliers.csv", SUPPLIERS);

        JsonObject run = Imports.run(shop, "suppliers", file, "create", false);

        assertCounts(run, 3, 2, 0, 0, 1);
        assertEquals(List.of("2 currency: must be an ISO 4217 code"), Imports.rejections(shop, run.getString("id")));
        JsonObject alpha = supplier(shop, "IMP-1");
        assertEquals("Alpha Papers Lda", alpha.getString("legal_name"));
        assertEquals(
                List.of("paper", "office"),
                alpha.getJsonArray("categories").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals(null, supplier(shop, "IMP-2"));
        assertTrue(supplier(shop, "IMP-3") != null);
    }

    @Test
    void anUpsertOfTheSameFileChangesNothingAndAChangedRowUpdatesOnlyItsRecord() {
        Shop shop = Buying.shop("Import upsert");
        String file = Imports.upload(shop, "suppliers.csv", SUPPLIERS);
        Imports.run(shop, "suppliers", file, "upsert", false);
        String updatedAt = supplier(shop, "IMP-1").getString("updated_at");

        assertCounts(Imports.run(shop, "suppliers", file, "upsert", false), 3, 0, 0, 2, 1);
        assertEquals(updatedAt, supplier(shop, "IMP-1").getString("updated_at"));

        String changed = Imports.upload(
                shop,
                "changed.csv",
                "code,legal_name,currency\nIMP-1,Alpha Papers Renamed,EUR\nIMP-3,Gamma Tools GmbH,EUR\n");
        assertCounts(Imports.run(shop, "suppliers", changed, "upsert", false), 2, 0, 1, 1, 0);
        JsonObject alpha = supplier(shop, "IMP-1");
        assertEquals("Alpha Papers Renamed", alpha.getString("legal_name"));
        assertEquals("PT501", alpha.getString("tax_id"), "a column left out keeps its stored value");
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        Shop shop = Buying.shop("Import dry run");
        String file = Imports.upload(shop, "suppliers.csv", SUPPLIERS);

        JsonObject run = Imports.run(shop, "suppliers", file, "create", true);

        assertCounts(run, 3, 2, 0, 0, 1);
        assertTrue(run.getBoolean("dry_run"));
        assertEquals(null, supplier(shop, "IMP-1"));
        assertEquals(null, supplier(shop, "IMP-3"));
    }

    @Test
    void createModeRejectsKeysThatExistAndDuplicatesWithinTheFile() {
        Shop shop = Buying.shop("Import duplicates");
        Buying.supplier(shop, "IMP-1");
        String file = Imports.upload(
                shop, "dupes.csv", "code,legal_name,currency\nIMP-1,Taken,EUR\nIMP-9,First,EUR\nIMP-9,Second,EUR\n");

        JsonObject run = Imports.run(shop, "suppliers", file, "create", false);

        assertCounts(run, 3, 1, 0, 0, 2);
        List<String> rejections = Imports.rejections(shop, run.getString("id"));
        assertEquals(2, rejections.size(), rejections::toString);
        assertTrue(rejections.get(0).startsWith("1 code: "), rejections::toString);
        assertTrue(rejections.get(1).startsWith("3 code: "), rejections::toString);
        assertEquals("First", supplier(shop, "IMP-9").getString("legal_name"));
    }

    @Test
    void anUnknownColumnFailsTheImportAsAWholeAndWritesNothing() {
        Shop shop = Buying.shop("Import unknown column");
        String file = Imports.upload(shop, "colour.csv", "code,legal_name,currency,colour\nIMP-1,A,EUR,red\n");

        JsonObject run = Imports.run(shop, "suppliers", file, "create", false);

        assertEquals("failed", run.getString("status"));
        assertTrue(run.getString("error").contains("[colour]"), run::toString);
        assertEquals(0, run.getInt("rows"));
        assertEquals(null, supplier(shop, "IMP-1"));
    }

    @Test
    void badRequestsAreRefusedWithTheFieldsNamed() {
        Shop shop = Buying.shop("Import bad requests");
        String csv = Imports.upload(shop, "suppliers.csv", SUPPLIERS);
        // A document that is not a table. Not a broken PDF: one Tika cannot read keeps the text extractor
        // retrying, which stalls every later file.process event of the run.
        String pdf = Imports.upload(shop, "notes.html", "<html><body><p>Not a table</p></body></html>");

        assertEquals(
                List.of("entity"),
                Api.post(shop.path("/imports"), shop.token(), Imports.body("planets", csv, "create", false))
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(shop.path("/imports"), shop.token(), Imports.body("suppliers", pdf, "create", false))
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(
                                shop.path("/imports"),
                                shop.token(),
                                Imports.body(
                                        "suppliers", java.util.UUID.randomUUID().toString(), "create", false))
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("mode"),
                Api.post(shop.path("/imports"), shop.token(), Imports.body("suppliers", csv, "merge", false))
                        .expect(400)
                        .fieldErrors());
        Api.get(shop.path("/imports/" + java.util.UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
        assertEquals(
                0,
                Api.get(shop.path("/imports"), shop.token()).expect(200).json().getInt("total"));
    }

    @Test
    void anXlsxWorkbookImportsLikeCsv() throws IOException {
        Shop shop = Buying.shop("Import xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Suppliers");
            String[][] cells = {
                {"Code", "Legal Name", "Currency"}, {"X-1", "Xlsx One", "EUR"}, {"X-2", "Xlsx Two", "USD"}
            };
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(bytes);
        }
        String file = Imports.upload(shop, "suppliers.xlsx", bytes.toByteArray());

        assertCounts(Imports.run(shop, "suppliers", file, "create", false), 2, 2, 0, 0, 0);
        assertEquals("USD", supplier(shop, "X-2").getString("currency"));
    }

    @Test
    void aFileOfSeveralChunksImportsEveryRowAndListsTheImport() {
        Shop shop = Buying.shop("Import chunks");
        StringBuilder csv = new StringBuilder("code,legal_name,currency\n");
        for (int i = 1; i <= 1_050; i++) {
            csv.append("BULK-").append(i).append(",Bulk supplier ").append(i).append(",EUR\n");
        }
        csv.append("BULK-X,,EUR\n");
        String file = Imports.upload(shop, "bulk.csv", csv.toString());

        JsonObject run = Imports.run(shop, "suppliers", file, "create", false);

        assertCounts(run, 1_051, 1_050, 0, 0, 1);
        assertEquals(List.of("1051 legal_name: must not be blank"), Imports.rejections(shop, run.getString("id")));
        assertEquals(
                1_050,
                Api.get(shop.path("/suppliers?q=BULK-&per_page=1"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        JsonObject listed = Api.get(shop.path("/imports?entity=suppliers&status=completed"), shop.token())
                .expect(200)
                .json();
        assertEquals(
                run.getString("id"),
                listed.getJsonArray("items").getJsonObject(0).getString("id"));
    }

    @Test
    void theEntitiesNameTheirColumnsKeyFirst() {
        Shop shop = Buying.shop("Import entities");
        String body = Api.get(shop.path("/imports/entities"), shop.token())
                .expect(200)
                .body();
        JsonObject suppliers = jakarta.json.Json.createReader(new java.io.StringReader(body))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("entity").equals("suppliers"))
                .findFirst()
                .orElseThrow();
        assertEquals("code", suppliers.getString("key_column"));
        List<String> columns =
                suppliers.getJsonArray("columns").getValuesAs(v -> ((jakarta.json.JsonString) v).getString());
        assertEquals("code", columns.get(0));
        assertTrue(columns.containsAll(List.of("legal_name", "currency", "categories")), columns::toString);
        assertTrue(!columns.contains("contacts"), columns::toString);
    }

    @Test
    void currenciesImportThroughTheirOwnRulesAndTheTenantCurrencyStaysActive() {
        Shop shop = Buying.shop("Import currencies");
        String file = Imports.upload(
                shop, "currencies.csv", "code,name,decimals,active\nUSD,,,\nEUR,Euro,2,false\nJPY,Yen,0,true\n");

        assertCounts(Imports.run(shop, "currencies", file, "create", true), 3, 2, 0, 0, 1);
        assertCounts(Imports.run(shop, "currencies", file, "upsert", false), 3, 2, 0, 0, 1);
        assertCounts(Imports.run(shop, "currencies", file, "upsert", false), 3, 0, 0, 2, 1);
        assertEquals(
                List.of("2 code: EUR is the tenant currency (settings currency) and stays active"),
                Imports.rejections(
                        shop,
                        Imports.run(shop, "currencies", file, "upsert", false).getString("id")));
        assertCounts(Imports.run(shop, "currencies", file, "create", false), 3, 0, 0, 0, 3);

        String retire =
                Imports.upload(shop, "retire.csv", "code,name,decimals,active\nUSD,Dollar,2,false\nEUR,Euro,2,false\n");
        assertCounts(Imports.run(shop, "currencies", retire, "upsert", true), 2, 0, 1, 0, 1);
        JsonObject usd =
                Api.get(shop.path("/currencies/USD"), shop.token()).expect(200).json();
        assertEquals("US Dollar", usd.getString("name"), "a dry run writes nothing");
        assertTrue(usd.getBoolean("active"));
        assertCounts(Imports.run(shop, "currencies", retire, "upsert", false), 2, 0, 1, 0, 1);
        assertEquals(
                false,
                Api.get(shop.path("/currencies/USD"), shop.token())
                        .expect(200)
                        .json()
                        .getBoolean("active"));
        assertEquals(
                true,
                Api.get(shop.path("/currencies/EUR"), shop.token())
                        .expect(200)
                        .json()
                        .getBoolean("active"));
    }
}
