package dev.procura.taxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procura.accounts.GlAccountIT;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Tax codes through the API: rate periods, the input tax account, the calculator, imports and item tax codes. */
@MicroShedTest
public class TaxCodeIT {

    /** The default chart, whose 1570 is the input tax account. */
    public static void chart(Shop shop) {
        Api.post(shop.path("/gl-accounts/default-chart"), shop.token(), null).expect(201);
    }

    public static JsonArrayBuilder rate(String rate, String from, String to) {
        JsonObjectBuilder period =
                Json.createObjectBuilder().add("rate", new BigDecimal(rate)).add("valid_from", from);
        if (to != null) {
            period.add("valid_to", to);
        }
        return Json.createArrayBuilder().add(period);
    }

    public static JsonObjectBuilder codeBody(String code, JsonArrayBuilder rates) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Tax " + code)
                .add("rates", rates)
                .add("input_tax_account", "1570");
    }

    public static String createCode(Shop shop, JsonObject body) {
        return Api.post(shop.path("/tax-codes"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal number(JsonObject json, String key) {
        return json.getJsonNumber(key).bigDecimalValue();
    }

    private static JsonObject calculate(Shop shop, String date, JsonArrayBuilder lines) {
        return Api.post(
                        shop.path("/tax-codes/calculate"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("date", date)
                                .add("lines", lines)
                                .build())
                .expect(200)
                .json();
    }

    private static JsonObject line(String amount, String code) {
        return Json.createObjectBuilder()
                .add("amount", new BigDecimal(amount))
                .add("tax_code", code)
                .build();
    }

    @Test
    void codesHaveRatePeriodsAndAnActivePostableInputTaxAccount() throws SQLException {
        Shop shop = Buying.shop("Tax codes CRUD");
        chart(shop);
        JsonObject vat = Api.post(
                        shop.path("/tax-codes"),
                        shop.token(),
                        codeBody(
                                        "VAT19",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("rate", 16)
                                                        .add("valid_from", "2020-07-01")
                                                        .add("valid_to", "2020-12-31"))
                                                .add(Json.createObjectBuilder()
                                                        .add("rate", 19)
                                                        .add("valid_from", "2021-01-01")))
                                .build())
                .expect(201)
                .json();
        String id = vat.getString("id");
        assertEquals("1570", vat.getString("input_tax_account"));
        assertEquals(
                d("100"),
                number(vat, "recoverable_percent").stripTrailingZeros().setScale(0));
        assertFalse(vat.getBoolean("inclusive"));
        assertEquals(2, vat.getJsonArray("rates").size());
        assertEquals(d("16.000"), number(vat.getJsonArray("rates").getJsonObject(0), "rate"));

        Api.post(
                        shop.path("/tax-codes"),
                        shop.token(),
                        codeBody("vat19", rate("19", "2021-01-01", null)).build())
                .expectProblem(409, "tax-code-taken");
        assertEquals(
                List.of("rates[1].valid_from"),
                Api.post(
                                shop.path("/tax-codes"),
                                shop.token(),
                                codeBody(
                                                "OVERLAP",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("rate", 10)
                                                                .add("valid_from", "2020-01-01"))
                                                        .add(Json.createObjectBuilder()
                                                                .add("rate", 12)
                                                                .add("valid_from", "2021-01-01")))
                                        .build())
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("input_tax_account"),
                Api.post(
                                shop.path("/tax-codes"),
                                shop.token(),
                                codeBody("GROUPED", rate("5", "2020-01-01", null))
                                        .add("input_tax_account", "1000")
                                        .build())
                        .expect(400)
                        .fieldErrors(),
                "1000 is a group");
        assertEquals(
                List.of("input_tax_account"),
                Api.post(
                                shop.path("/tax-codes"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "NOACC")
                                        .add("name", "No account")
                                        .add("rates", rate("5", "2020-01-01", null))
                                        .build())
                        .expect(400)
                        .fieldErrors());
        JsonObject exempt = Api.post(
                        shop.path("/tax-codes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "EXEMPT")
                                .add("name", "Exempt")
                                .add("rates", rate("0", "2000-01-01", null))
                                .add("recoverable_percent", 0)
                                .build())
                .expect(201)
                .json();
        assertFalse(exempt.containsKey("input_tax_account"));

        JsonObject changed = Api.put(
                        shop.path("/tax-codes/" + id),
                        shop.token(),
                        codeBody("VAT19", rate("19", "2021-01-01", null))
                                .add("recoverable_percent", 50)
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertEquals(0, d("50").compareTo(number(changed, "recoverable_percent")));
        assertEquals(
                List.of("EXEMPT"),
                Api.get(shop.path("/tax-codes?active=true"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(c -> c.getString("code"))
                        .toList());
        assertEquals(
                "VAT19",
                Api.get(shop.path("/tax-codes/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getString("code"));
        Api.get(shop.path("/tax-codes?sort=rate"), shop.token()).expectProblem(400, "validation");

        String inputTax = Api.get(shop.path("/gl-accounts?q=1570"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        JsonObject inUse = Api.put(
                        shop.path("/gl-accounts/" + inputTax),
                        shop.token(),
                        GlAccountIT.accountBody("1570", "Input tax", "asset", "postable")
                                .add("parent_code", "1000")
                                .add("active", false)
                                .build())
                .expectProblem(409, "gl-account-in-use");
        assertEquals(1, inUse.getJsonObject("records").getInt("tax_codes"));
        Api.put(
                        shop.path("/gl-accounts/" + inputTax),
                        shop.token(),
                        GlAccountIT.accountBody("1570", "Input tax", "asset", "group")
                                .add("parent_code", "1000")
                                .build())
                .expectProblem(409, "gl-account-in-use");

        assertEquals(
                List.of("tax_code.created " + id, "tax_code.deactivated " + id),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = ? ORDER BY id",
                        id));
    }

    @Test
    void theCalculatorTaxesExclusiveInclusiveAndCompoundCodesOnTheDate() {
        Shop shop = Buying.shop("Tax calculator");
        chart(shop);
        createCode(shop, codeBody("VAT", rate("16", "2020-07-01", "2020-12-31")).build());
        Api.put(
                        shop.path("/tax-codes/"
                                + createCode(
                                        shop,
                                        codeBody("VAT20", rate("20", "2020-01-01", null))
                                                .build())),
                        shop.token(),
                        codeBody("VAT20", rate("20", "2020-01-01", null))
                                .add("recoverable_percent", 50)
                                .build())
                .expect(200);
        createCode(
                shop,
                codeBody("VAT20I", rate("20", "2020-01-01", null))
                        .add("inclusive", true)
                        .build());
        createCode(
                shop,
                codeBody(
                                "GST-QST",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("valid_from", "2020-01-01")
                                                .add(
                                                        "components",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("name", "GST")
                                                                        .add("rate", 5))
                                                                .add(Json.createObjectBuilder()
                                                                        .add("name", "QST")
                                                                        .add("rate", new BigDecimal("9.975"))
                                                                        .add("compound", true)))))
                        .build());

        // 100.00 at 20% = 20.00 (half recoverable: 10.00); 120.00 incl. 20% = 100.00 + 20.00;
        // 100.00 at 5% then 9.975% on 105.00 = 5 + 10.47375 = 15.47
        JsonObject result = calculate(
                shop,
                "2026-03-01",
                Json.createArrayBuilder()
                        .add(line("100.00", "VAT20"))
                        .add(line("120.00", "vat20i"))
                        .add(line("100.00", "GST-QST")));
        List<JsonObject> lines = result.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(d("20.00"), number(lines.get(0), "tax_amount"));
        assertEquals(d("100.00"), number(lines.get(1), "net_amount"));
        assertEquals(d("20.00"), number(lines.get(1), "tax_amount"));
        assertEquals("VAT20I", lines.get(1).getString("tax_code"));
        assertEquals(d("15.47"), number(lines.get(2), "tax_amount"));
        assertEquals(d("15.474"), number(lines.get(2), "tax_rate"));
        JsonObject vat20 = result.getJsonArray("totals").getJsonObject(0);
        assertEquals(d("10.00"), number(vat20, "recoverable_tax"));
        assertEquals(d("10.00"), number(vat20, "non_recoverable_tax"));
        assertEquals("1570", vat20.getString("input_tax_account"));
        assertEquals(d("55.47"), number(result, "tax_total"));
        assertEquals(d("355.47"), number(result, "gross_total"));
        assertEquals("EUR", result.getString("currency"));
        assertEquals("line", result.getString("rounding"));

        // VAT applies on 2020-12-31 only: 16% then, none in 2021
        assertEquals(
                d("16.00"),
                number(
                        calculate(shop, "2020-12-31", Json.createArrayBuilder().add(line("100", "VAT")))
                                .getJsonArray("lines")
                                .getJsonObject(0),
                        "tax_amount"));
        assertEquals(
                List.of("lines[0].tax_code"),
                Api.post(
                                shop.path("/tax-codes/calculate"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("date", "2021-01-01")
                                        .add("lines", Json.createArrayBuilder().add(line("100", "VAT")))
                                        .build())
                        .expect(400)
                        .fieldErrors());
    }

    @Test
    void documentRoundingRoundsEachCodesTotalOnce() {
        Shop shop = Buying.shop("Tax rounding");
        chart(shop);
        createCode(shop, codeBody("VAT7", rate("7", "2020-01-01", null)).build());
        JsonArrayBuilder tenCents = Json.createArrayBuilder()
                .add(line("0.10", "VAT7"))
                .add(line("0.10", "VAT7"))
                .add(line("0.10", "VAT7"));
        // each line's exact tax is 0.007: per line 3 × 0.01 = 0.03; per document 0.021 → 0.02
        assertEquals(d("0.03"), number(calculate(shop, "2026-01-01", tenCents), "tax_total"));
        assertEquals(
                "document",
                Api.put(
                                shop.path("/settings"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("tax_rounding", "document")
                                        .build())
                        .expect(200)
                        .json()
                        .getString("tax_rounding"));
        JsonObject byDocument = calculate(
                shop,
                "2026-01-01",
                Json.createArrayBuilder()
                        .add(line("0.10", "VAT7"))
                        .add(line("0.10", "VAT7"))
                        .add(line("0.10", "VAT7")));
        assertEquals(d("0.02"), number(byDocument, "tax_total"));
        assertEquals("document", byDocument.getString("rounding"));
        assertEquals(
                List.of(d("0.01"), d("0.00"), d("0.01")),
                byDocument.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> number(l, "tax_amount"))
                        .toList());
        Api.put(
                        shop.path("/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("tax_rounding", "invoice")
                                .build())
                .expectProblem(400, "validation");
    }

    @Test
    void anImportReadsRatesAsShorthandAndItemsNameActiveTaxCodesOnceTheTenantHasSome() {
        Shop shop = Buying.shop("Tax import");
        chart(shop);
        Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "pc")
                                .add("name", "Piece")
                                .add("dimension", "count")
                                .add("decimals", 0)
                                .build())
                .expect(201);
        JsonObject freeText = Json.createObjectBuilder()
                .add("code", "PAPER")
                .add("description", "Paper")
                .add("type", "purchased")
                .add("base_unit", "pc")
                .add("tax_code", "VAT-STD")
                .build();
        Api.post(shop.path("/items"), shop.token(), freeText).expect(201);

        String csv = "code,name,rates,recoverable_percent,input_tax_account\n"
                + "DE19,Germany standard,19@2020-01-01..2020-06-30|16@2020-07-01..2020-12-31|19@2021-01-01,100,1570\n"
                + "BAD,Overlapping,19@2020-01-01|16@2020-07-01,100,1570\n"
                + "ZERO,Zero rated,0@2000-01-01,0,\n";
        String file = Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        "tax-codes.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        new LinkedHashMap<>())
                .expect(201)
                .json()
                .getString("id");
        String run = Api.post(
                        shop.path("/imports"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity", "tax_codes")
                                .add("document_id", file)
                                .add("mode", "upsert")
                                .add("dry_run", false)
                                .build())
                .expect(202)
                .json()
                .getString("id");
        JsonObject finished = Await.until("tax import", Duration.ofSeconds(60), () -> {
            JsonObject r = Api.get(shop.path("/imports/" + run), shop.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(r.getString("status")) ? Optional.of(r) : Optional.empty();
        });
        assertEquals("completed", finished.getString("status"), finished::toString);
        assertEquals(2, finished.getInt("created"), finished::toString);
        assertEquals(1, finished.getInt("rejected"), finished::toString);
        JsonObject de = Api.get(shop.path("/tax-codes?q=de19"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(3, de.getJsonArray("rates").size());
        assertEquals("2020-06-30", de.getJsonArray("rates").getJsonObject(0).getString("valid_to"));

        assertEquals(
                List.of("tax_code"),
                Api.post(
                                shop.path("/items"),
                                shop.token(),
                                Json.createObjectBuilder(freeText)
                                        .add("code", "PENS")
                                        .build())
                        .expect(400)
                        .fieldErrors(),
                "VAT-STD is no tax code of the tenant, which now has some");
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Json.createObjectBuilder(freeText)
                                .add("code", "INK")
                                .add("tax_code", "DE19")
                                .build())
                .expect(201);
    }
}
