package dev.procura.taxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Orders and invoices whose lines name tax codes, or bare rates matched to one; tax totals by code. */
@MicroShedTest
class LineTaxCodesIT {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal number(JsonObject json, String key) {
        return json.getJsonNumber(key).bigDecimalValue();
    }

    private static JsonObject coded(String item, String quantity, String price, String code) {
        return Json.createObjectBuilder(Buying.line(item, quantity, price, null))
                .add("tax_code", code)
                .build();
    }

    private static Shop shopWithCodes(String name) {
        Shop shop = Buying.shop(name);
        TaxCodeIT.chart(shop);
        TaxCodeIT.createCode(
                shop,
                TaxCodeIT.codeBody("VAT23", TaxCodeIT.rate("23", "2020-01-01", null))
                        .build());
        TaxCodeIT.createCode(
                shop,
                TaxCodeIT.codeBody("GROSS10", TaxCodeIT.rate("10", "2020-01-01", null))
                        .add("inclusive", true)
                        .build());
        return shop;
    }

    @Test
    void anOrderTaxesItsLinesByCodeAndMatchesABareRateToItsCode() {
        Shop shop = shopWithCodes("Line tax codes");
        UUID supplier = Buying.supplier(shop, "ACME");
        JsonObject order = Buying.order(
                shop,
                supplier,
                Buying.lines(
                        coded("LAP-14", "2", "1000.00", "VAT23"),
                        Buying.line("DOCK-1", "3", "150", "23"),
                        Buying.line("CABLE", "10", "1.99", "7"),
                        coded("BOOK", "1", "22.00", "GROSS10")));
        List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals("VAT23", lines.get(0).getString("tax_code"));
        assertEquals(d("460.00"), number(lines.get(0), "tax_amount"));
        assertEquals("VAT23", lines.get(1).getString("tax_code"), "the bare 23 is VAT23's rate");
        assertEquals(d("103.50"), number(lines.get(1), "tax_amount"));
        assertFalse(lines.get(2).containsKey("tax_code"), "no code has 7%: kept as a bare rate");
        assertEquals(d("1.39"), number(lines.get(2), "tax_amount"));
        // 22.00 includes 10%: 2.00 tax, 20.00 net
        assertEquals(d("20.00"), number(lines.get(3), "net_amount"));
        assertEquals(d("2.00"), number(lines.get(3), "tax_amount"));
        assertEquals(d("22.00"), number(lines.get(3), "total_amount"));

        List<JsonObject> totals = order.getJsonArray("tax_totals").getValuesAs(JsonObject.class);
        assertEquals(3, totals.size());
        assertEquals("VAT23", totals.get(0).getString("tax_code"));
        assertEquals(d("2450.00"), number(totals.get(0), "net_amount"));
        assertEquals(d("563.50"), number(totals.get(0), "tax_amount"));
        assertFalse(totals.get(1).containsKey("tax_code"));
        assertEquals(d("7"), number(totals.get(1), "tax_rate").stripTrailingZeros());
        assertEquals(d("566.89"), number(order, "tax_total"));
        assertEquals(d("2489.90"), number(order, "subtotal"));

        JsonObject stored = Api.get(shop.path("/purchase-orders/" + order.getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals("VAT23", stored.getJsonArray("lines").getJsonObject(1).getString("tax_code"));
        assertEquals(
                order.getJsonArray("tax_totals").size(),
                stored.getJsonArray("tax_totals").size());

        assertEquals(
                List.of("lines[0].tax_code", "lines[1].tax_rate"),
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                Buying.orderBody(
                                                supplier,
                                                Buying.lines(
                                                        coded("LAP-14", "1", "10", "NOPE"),
                                                        Json.createObjectBuilder(coded("DOCK-1", "1", "10", "VAT23"))
                                                                .add("tax_rate", 20)
                                                                .build()))
                                        .build())
                        .expect(400)
                        .fieldErrors());
    }

    @Test
    void anInvoiceTaxesItsLinesOnTheInvoiceDateAndShowsItsTaxByCode() {
        Shop shop = shopWithCodes("Invoice tax codes");
        UUID supplier = Buying.supplier(shop, "ACME");
        String orderId = Buying.sentOrder(
                        shop,
                        supplier,
                        Buying.lines(coded("LAP-14", "2", "1000.00", "VAT23"), Buying.line("DOCK-1", "3", "150", "23")))
                .getString("id");
        Buying.receive(shop, orderId, 1, "2", null);
        Buying.receive(shop, orderId, 2, "3", null);
        JsonObject invoice = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", "ACME-1")
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add(
                                        "lines",
                                        Buying.lines(
                                                coded("LAP-14", "2", "1000.00", "vat23"),
                                                Buying.line("DOCK-1", "3", "150", "23")))
                                .build())
                .expect(201)
                .json();
        List<JsonObject> totals = invoice.getJsonArray("tax_totals").getValuesAs(JsonObject.class);
        assertEquals(1, totals.size(), totals::toString);
        assertEquals("VAT23", totals.get(0).getString("tax_code"));
        assertEquals(d("563.50"), number(totals.get(0), "tax_amount"));
        assertEquals(d("3013.50"), number(invoice, "total"));
        assertEquals("matched", invoice.getString("status"), "the order's tax rates are the invoice's: " + invoice);

        assertEquals(
                List.of("lines[0].tax_code"),
                Api.post(
                                shop.path("/invoices"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("purchase_order_id", orderId)
                                        .add("supplier_invoice_number", "ACME-2")
                                        .add("currency", "EUR")
                                        .add("invoice_date", "2019-12-31")
                                        .add("lines", Buying.lines(coded("LAP-14", "1", "1000.00", "VAT23")))
                                        .build())
                        .expect(400)
                        .fieldErrors(),
                "VAT23 has no rate before 2020");
    }

    @Test
    void aQuoteTaxedByCodeGivesTheOrderMadeFromItItsCodes() {
        Shop shop = shopWithCodes("Quote tax codes");
        UUID acme = Buying.supplier(shop, "ACME");
        String rfqId = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", "Books")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add("supplier_ids", Json.createArrayBuilder().add(acme.toString()))
                                .add(
                                        "lines",
                                        Buying.lines(
                                                coded("BOOK", "10", null, "GROSS10"),
                                                Buying.line("LAP-14", "1", null, null)))
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
                                .add(
                                        "valid_until",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(30)
                                                .toString())
                                .add("lead_time_days", 5)
                                .add(
                                        "lines",
                                        Buying.lines(
                                                coded("BOOK", "10", "11.00", "GROSS10"),
                                                Buying.line("LAP-14", "1", "1000.00", "23")))
                                .build())
                .expect(201)
                .json();
        // 10 × 11.00 = 110.00 including 10%: 100.00 + 10.00; 1000.00 + 23% = 1230.00
        assertEquals(d("10.00"), number(quote.getJsonArray("lines").getJsonObject(0), "tax_amount"));
        assertEquals(d("1340.00"), number(quote, "total"));
        assertEquals(2, quote.getJsonArray("tax_totals").size());
        Api.post(shop.path("/quotes/" + quote.getString("id") + "/accept"), shop.token(), null)
                .expect(200);
        JsonObject order = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("quote_id", quote.getString("id"))
                                .add("cost_center", "IT")
                                .add(
                                        "expected_delivery_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(10)
                                                .toString())
                                .build())
                .expect(201)
                .json();
        List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals("GROSS10", lines.get(0).getString("tax_code"));
        assertEquals("VAT23", lines.get(1).getString("tax_code"));
        assertEquals(d("1340.00"), number(order, "total"));
    }
}
