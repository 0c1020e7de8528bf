package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.imports.Imports;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Extraction, conversion and processing analytics through the running server: files read and not,
 * an import with a rejected row, conversions per template, and the buying cycle's stages.
 */
@MicroShedTest
class OperationsAnalyticsIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static JsonObject get(Shop shop, String endpoint, String query) {
        return Api.get(shop.path("/analytics/" + endpoint + "?from=" + TODAY + "&to=" + TODAY + query), shop.token())
                .expect(200)
                .json();
    }

    private static long number(JsonObject json, String field) {
        return json.getJsonNumber(field).longValue();
    }

    @Test
    void extractionCountsFilesReadAndNotPerTypeAndImportRowsRejected() {
        Shop shop = Buying.shop("Extraction analytics");
        Uploads.upload(shop.token(), shop.tenantId(), "notes.txt", "Quarterly supplier notes")
                .expect(201);
        Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        "broken.pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        new java.util.LinkedHashMap<>())
                .expect(201);
        String csv = Imports.upload(
                shop,
                "suppliers.csv",
                "code,legal_name,currency\nAN-1,Alpha Lda,EUR\nAN-2,Beta Lda,EURO\nAN-3,Gamma,EUR\n");
        JsonObject imported = Imports.run(shop, "suppliers", csv, "create", false);
        assertEquals(1, imported.getInt("rejected"), imported::toString);

        // Both files are processed by the extraction consumer: wait until the figures show them.
        JsonObject report = Await.until("both files extracted or failed", Duration.ofSeconds(60), () -> {
            JsonObject now = get(shop, "extraction", "&interval=day");
            return now.getJsonArray("file_types").getValuesAs(JsonObject.class).stream()
                                    .mapToLong(t -> number(t, "pending"))
                                    .sum()
                            == 0
                    ? Optional.of(now)
                    : Optional.empty();
        });
        // Three uploads: the two files and the CSV imported, each read (the PDF is not readable).
        assertEquals(3, report.getInt("uploaded"), report::toString);
        Map<String, JsonObject> types = report.getJsonArray("file_types").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("file_type"), t -> t));
        JsonObject pdf = types.get("application/pdf");
        assertEquals(1, pdf.getInt("failed"), report::toString);
        assertEquals(0, pdf.getInt("extracted"));
        assertEquals(0, pdf.getJsonNumber("success_percent").intValue());
        JsonObject text = types.get("text/plain");
        assertEquals(1, text.getInt("extracted"), report::toString);
        assertTrue(text.getJsonNumber("seconds_p90").doubleValue() >= 0);
        assertEquals(1, report.getJsonArray("failures").getJsonObject(0).getInt("count"));
        // 2 of 3 read: 66.67 %; the import: 3 rows, 1 rejected.
        assertEquals(
                "66.67",
                report.getJsonNumber("success_percent").bigDecimalValue().toPlainString());
        assertEquals(3, report.getInt("import_rows"));
        assertEquals(1, report.getInt("import_rows_rejected"));
        assertEquals(
                "66.67",
                report.getJsonNumber("import_success_percent").bigDecimalValue().toPlainString());
        JsonObject rejection = report.getJsonArray("rejections").getJsonObject(0);
        assertEquals("currency", rejection.getString("field"));
        assertEquals(1, rejection.getInt("count"));
    }

    @Test
    void conversionsAreCountedPerTemplateAndFormat() {
        Shop shop = Buying.shop("Conversion analytics");
        String a = Buying.supplier(shop, "CA-1").toString();
        String b = Buying.supplier(shop, "CA-2").toString();
        String excel = Conversions.builtIn(shop, "Supplier list (Excel)");
        JsonObject one = Conversions.run(shop, shop.token(), Conversions.byIds(excel, "supplier", List.of(a)));
        JsonObject two = Conversions.run(shop, shop.token(), Conversions.byIds(excel, "supplier", List.of(a, b)));
        assertEquals("completed", two.getString("status"), two::toString);

        JsonObject report = get(shop, "conversion", "");
        JsonObject total = report.getJsonObject("total");
        assertEquals(2, total.getInt("requested"));
        assertEquals(2, total.getInt("completed"));
        assertEquals(0, total.getInt("failed"));
        assertEquals(
                "100.00",
                total.getJsonNumber("success_percent").bigDecimalValue().toPlainString());
        assertEquals(one.getInt("rows_done") + two.getInt("rows_done"), total.getInt("rows"));
        assertTrue(total.getJsonNumber("bytes").longValue() > 0);
        JsonObject template = report.getJsonArray("templates").getJsonObject(0);
        assertEquals("Supplier list (Excel)", template.getString("template"));
        assertEquals("xlsx", template.getString("format"));
        assertEquals(
                0, get(shop, "conversion", "&format=pdf").getJsonObject("total").getInt("requested"));
    }

    @Test
    void processingStagesCountEachTimeAtItsEnd() {
        Analysed example = Analysed.example("Processing analytics");
        JsonObject report = example.get("processing", "&interval=day");
        Map<String, JsonObject> stages = report.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("key"), s -> s));
        assertEquals(8, stages.size());
        // O1, O2, O3 approved and sent; O1 and O2 received and invoiced; RFQ1 and RFQ2 quoted; nothing paid.
        assertEquals(3, stages.get("submitted_to_approved").getInt("count"), report::toString);
        assertEquals(3, stages.get("approved_to_sent").getInt("count"));
        assertEquals(2, stages.get("sent_to_received").getInt("count"));
        assertEquals(2, stages.get("received_to_invoiced").getInt("count"));
        assertEquals(2, stages.get("rfq_sent_to_first_quote").getInt("count"));
        assertEquals(0, stages.get("quote_to_order").getInt("count"));
        assertEquals(0, stages.get("invoiced_to_paid").getInt("count"));
        JsonObject approved = stages.get("submitted_to_approved");
        assertTrue(approved.getJsonNumber("hours_p90").doubleValue() < 1, approved::toString);
        assertEquals(3, approved.getJsonArray("series").getJsonObject(0).getInt("count"));
    }
}
