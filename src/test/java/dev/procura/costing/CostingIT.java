package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Landed cost, cost variance and posting previews through the running server, against the worked
 * example of {@link Costed}: USD goods at 0.9 EUR, freight in USD by value, duty in EUR by quantity.
 */
@MicroShedTest
class CostingIT {

    private static String row(JsonObject l) {
        boolean debit = l.getJsonNumber("debit").bigDecimalValue().signum() > 0;
        return l.getString("account_code") + " " + l.getString("role") + " "
                + (l.containsKey("document_line") ? l.getInt("document_line") : "-") + " "
                + (debit ? "Dr " + l.getJsonNumber("debit") : "Cr " + l.getJsonNumber("credit")) + " "
                + l.getString("currency") + " / "
                + (debit ? "Dr " + l.getJsonNumber("tenant_debit") : "Cr " + l.getJsonNumber("tenant_credit"));
    }

    private static List<String> rows(JsonObject journal) {
        return journal.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(CostingIT::row)
                .toList();
    }

    private static BigDecimal decimal(JsonObject json, String field) {
        return json.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void chargesSpreadOverTheLinesIntoTheLandedCostAndItsVarianceAgainstStandard() throws SQLException {
        Costed costed = Costed.received("Landed cost", true);
        costed.charge("freight", "50.00", "USD", "value");
        String duty = costed.charge("duty", "11.00", "EUR", "quantity");

        JsonObject landed = Api.get(
                        costed.shop().path("/receipts/" + costed.receiptId() + "/landed-cost"),
                        costed.shop().token())
                .expect(200)
                .json();

        assertEquals("USD", landed.getString("currency"));
        assertEquals("EUR", landed.getString("tenant_currency"));
        JsonObject bolts = landed.getJsonArray("lines").getJsonObject(0);
        assertEquals(0, new BigDecimal("180.00").compareTo(decimal(bolts, "tenant_value")), bolts::toString);
        assertEquals(0, new BigDecimal("18.00").compareTo(decimal(bolts.getJsonObject("charges"), "freight")));
        assertEquals(0, new BigDecimal("10.00").compareTo(decimal(bolts.getJsonObject("charges"), "duty")));
        assertEquals(0, new BigDecimal("208.00").compareTo(decimal(bolts, "landed_cost")));
        assertEquals(0, new BigDecimal("2.08").compareTo(decimal(bolts, "unit_cost")));
        assertEquals(0, new BigDecimal("180.00").compareTo(decimal(bolts, "standard_cost")));
        assertEquals(0, new BigDecimal("28.00").compareTo(decimal(bolts, "variance")));
        JsonObject fitting = landed.getJsonArray("lines").getJsonObject(1);
        assertEquals(0, new BigDecimal("298.00").compareTo(decimal(fitting, "landed_cost")), fitting::toString);
        assertTrue(!fitting.containsKey("standard_cost"), "no standard cost, no variance");
        assertEquals(0, new BigDecimal("506.00").compareTo(decimal(landed, "landed_cost")));

        JsonObject variances = Api.get(
                        costed.shop().path("/cost-variances?from=2026-01-01&to=" + Costed.TODAY),
                        costed.shop().token())
                .expect(200)
                .json();
        JsonObject bolt = variances.getJsonArray("items").getJsonObject(0);
        assertEquals("BOLT", bolt.getString("item_code"));
        assertEquals(1, bolt.getInt("receipts"));
        assertEquals(0, new BigDecimal("28.00").compareTo(decimal(bolt, "variance")));
        assertEquals(0, new BigDecimal("15.56").compareTo(decimal(bolt, "variance_percent")));
        assertEquals(0, new BigDecimal("1.80").compareTo(decimal(bolt, "standard_unit_cost")));

        Api.delete(
                        costed.shop().path("/receipts/" + costed.receiptId() + "/charges/" + duty),
                        costed.shop().token())
                .expect(204);
        assertEquals(
                1,
                Api.get(
                                        costed.shop().path("/receipts/" + costed.receiptId() + "/charges"),
                                        costed.shop().token())
                                .expect(200)
                                .body()
                                .split("\"type\"")
                                .length
                        - 1);
        assertEquals(
                List.of("receipt.charge_added", "receipt.charge_added", "receipt.charge_removed"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(costed.shop().tenantId()),
                        "SELECT topic FROM outbox WHERE topic LIKE 'receipt.charge%' ORDER BY 1"));
    }

    @Test
    void theReceiptJournalDebitsStockOrExpenseAgainstClearingAndAccrualsBalanced() {
        Costed costed = Costed.received("Receipt postings", true);
        costed.charge("freight", "50.00", "USD", "value");
        costed.charge("duty", "11.00", "EUR", "quantity");

        JsonObject journal = Api.get(
                        costed.shop().path("/receipts/" + costed.receiptId() + "/postings"),
                        costed.shop().token())
                .expect(200)
                .json();

        assertEquals(
                List.of(
                        "1400 inventory 1 Dr 200.00 USD / Dr 180.00",
                        "5100 expense 2 Dr 300.00 USD / Dr 270.00",
                        "2150 grir_clearing - Cr 500.00 USD / Cr 450.00",
                        "1400 inventory 1 Dr 20.00 USD / Dr 18.00",
                        "5100 expense 2 Dr 30.00 USD / Dr 27.00",
                        "2160 freight - Cr 50.00 USD / Cr 45.00",
                        "1400 inventory 1 Dr 10.00 EUR / Dr 10.00",
                        "5100 expense 2 Dr 1.00 EUR / Dr 1.00",
                        "2160 duty - Cr 11.00 EUR / Cr 11.00"),
                rows(journal));
        assertTrue(journal.getBoolean("balanced"));
        assertEquals(0, new BigDecimal("506.00").compareTo(decimal(journal.getJsonObject("tenant_total"), "debit")));

        String clearing = Api.get(
                        costed.shop().path("/gl-accounts?q=2150"), costed.shop().token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        JsonObject inUse = Api.put(
                        costed.shop().path("/gl-accounts/" + clearing),
                        costed.shop().token(),
                        Json.createObjectBuilder(Costed.accountBody("2150", "GR/IR clearing", "liability", "2000"))
                                .add("active", false)
                                .build())
                .expectProblem(409, "gl-account-in-use");
        assertEquals(1, inUse.getJsonObject("records").getInt("posting_accounts"), inUse::toString);
    }

    @Test
    void theInvoiceJournalClearsAtTheOrderedPriceAndSplitsTaxByItsRecoverableShare() {
        Costed costed = Costed.received("Invoice postings", true);
        Api.post(
                        costed.shop().path("/tax-codes"),
                        costed.shop().token(),
                        Json.createObjectBuilder()
                                .add("code", "HALF")
                                .add("name", "VAT 20, half recoverable")
                                .add(
                                        "rates",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("rate", 20)
                                                        .add("valid_from", "2026-01-01")))
                                .add("recoverable_percent", 50)
                                .add("input_tax_account", "1570")
                                .build())
                .expect(201);
        var fitting = Json.createObjectBuilder(Buying.line("FIT", "10", "30.00", null))
                .add("tax_code", "HALF")
                .build();
        String invoiceId = Api.post(
                        costed.shop().path("/invoices"),
                        costed.shop().token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", costed.orderId())
                                .add("supplier_invoice_number", "SUP-1")
                                .add("currency", "USD")
                                .add("invoice_date", Costed.TODAY)
                                .add("lines", Buying.lines(Buying.line("BOLT", "100", "2.10", "10"), fitting))
                                .build())
                .expect(201)
                .json()
                .getString("id");

        JsonObject journal = Api.get(
                        costed.shop().path("/invoices/" + invoiceId + "/postings"),
                        costed.shop().token())
                .expect(200)
                .json();

        assertEquals(
                List.of(
                        "2150 grir_clearing 1 Dr 200.00 USD / Dr 180.00",
                        "5300 price_variance 1 Dr 10.00 USD / Dr 9.00",
                        "1570 input_tax 1 Dr 21.00 USD / Dr 18.90",
                        "2150 grir_clearing 2 Dr 300.00 USD / Dr 270.00",
                        "1570 input_tax 2 Dr 30.00 USD / Dr 27.00",
                        "5100 expense 2 Dr 30.00 USD / Dr 27.00",
                        "2100 payables - Cr 591.00 USD / Cr 531.90"),
                rows(journal),
                journal::toString);
        assertTrue(journal.getBoolean("balanced"));
    }

    @Test
    void previewsNameTheRolesWithoutAccountsAndChargesAreCheckedOnTheWayIn() {
        Costed costed = Costed.received("Costing refusals", false);
        String receipt = "/receipts/" + costed.receiptId();

        JsonObject missing = Api.get(
                        costed.shop().path(receipt + "/postings"), costed.shop().token())
                .expectProblem(409, "posting-accounts-missing");
        assertEquals(
                List.of("grir_clearing", "inventory", "expense").stream()
                        .sorted()
                        .toList(),
                missing.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()).stream()
                        .sorted()
                        .toList());
        JsonObject accounts = Api.get(
                        costed.shop().path("/posting-accounts"), costed.shop().token())
                .expect(200)
                .json();
        assertEquals(10, accounts.getJsonArray("missing").size());
        assertEquals(
                List.of("accounts.inventory", "accounts.nonsense"),
                Api.put(
                                costed.shop().path("/posting-accounts"),
                                costed.shop().token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "accounts",
                                                Json.createObjectBuilder()
                                                        .add("inventory", "1000")
                                                        .add("nonsense", "1400")
                                                        .add("payables", "2100"))
                                        .build())
                        .expect(400)
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                10,
                Api.get(costed.shop().path("/posting-accounts"), costed.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("missing")
                        .size(),
                "all or nothing: payables was not assigned either");

        assertEquals(
                List.of("weights"),
                Api.post(
                                costed.shop().path(receipt + "/charges"),
                                costed.shop().token(),
                                Costed.chargeBody("freight", "5", "EUR", "weight"))
                        .expect(400)
                        .fieldErrors());
        JsonObject partial = Json.createObjectBuilder(Costed.chargeBody("freight", "5", "EUR", "weight"))
                .add("weights", Json.createObjectBuilder().add("1", 3).add("9", 1))
                .build();
        assertEquals(
                List.of("weights"),
                Api.post(costed.shop().path(receipt + "/charges"), costed.shop().token(), partial)
                        .expect(400)
                        .fieldErrors());
        JsonObject weighed = Json.createObjectBuilder(Costed.chargeBody("insurance", "4", "EUR", "weight"))
                .add("weights", Json.createObjectBuilder().add("1", 3).add("2", 1))
                .build();
        assertEquals(
                "{\"1\":3,\"2\":1}",
                Api.post(costed.shop().path(receipt + "/charges"), costed.shop().token(), weighed)
                        .expect(201)
                        .json()
                        .getJsonObject("weights")
                        .toString()
                        .replace(" ", ""));
        assertEquals(
                List.of("currency"),
                Api.post(
                                costed.shop().path(receipt + "/charges"),
                                costed.shop().token(),
                                Costed.chargeBody("duty", "5", "GBP", "value"))
                        .expect(400)
                        .fieldErrors());
        assertEquals(
                List.of("amount", "basis", "type"),
                Api.post(
                                costed.shop().path(receipt + "/charges"),
                                costed.shop().token(),
                                Json.createObjectBuilder()
                                        .add("type", "tip")
                                        .add("amount", -1)
                                        .add("currency", "EUR")
                                        .add("basis", "mood")
                                        .build())
                        .expect(400)
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        Api.get(
                        costed.shop().path("/receipts/" + java.util.UUID.randomUUID() + "/landed-cost"),
                        costed.shop().token())
                .expectProblem(404, "not-found");
        Api.get(
                        costed.shop().path("/cost-variances?from=2026-02-01&to=2026-01-01"),
                        costed.shop().token())
                .expect(400);
    }
}
